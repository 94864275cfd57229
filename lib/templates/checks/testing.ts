import { emptyInventory, type Inventory, type InventoryAccount } from "../inventory";

const at = (resource: string, line = 1) => ({ file: "stack.yaml", resource, line });

/** Small inventories for the template checks' table tests. */
export function stack(
  owner: string,
  options: { region?: string; accounts?: Partial<InventoryAccount>[] } = {},
): Inventory {
  const inventory = emptyInventory(owner, options.region ?? "eu-west-1");
  inventory.accounts = (options.accounts ?? []).map((account, index) => ({
    roleArn: "arn:aws:iam::123456789012:role/logs",
    where: at(`Account${index}`, 10 + index),
    ownRole: null,
    ...account,
  }));
  return inventory;
}

export const ownRole = (retained: boolean) => ({ id: "LogsRole", retained, where: at("LogsRole", 3) });
