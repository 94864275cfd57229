import { describe, expect, it } from "vitest";
import check from "./template-account-set-by-several";
import { stack } from "./testing";

describe(check.id, () => {
  it.each([
    ["pass: one stack sets the account", [stack("A", { accounts: [{}] }), stack("B")], ["pass"]],
    [
      "warn: two stacks set it in one region, each is named",
      [stack("A", { accounts: [{}] }), stack("B", { accounts: [{}] })],
      ["warn", "warn"],
    ],
    [
      "pass: two stacks, two regions",
      [stack("A", { accounts: [{}] }), stack("B", { region: "us-east-1", accounts: [{}] })],
      ["pass", "pass"],
    ],
    ["nothing: no stack sets it", [stack("A")], []],
  ])("%s", (_name, inventories, statuses) => {
    expect(check.run(inventories).map((f) => f.status)).toEqual(statuses);
  });

  it("lists every setter in the message", () => {
    const [first] = check.run([
      stack("A", { accounts: [{}] }),
      stack("B", { accounts: [{ roleArn: "arn:aws:iam::123456789012:role/other" }] }),
    ]);
    expect(first.message).toContain("A (Account0), B (Account0)");
    expect(first.evidence.map((e) => e.value)).toEqual([
      "arn:aws:iam::123456789012:role/logs",
      "arn:aws:iam::123456789012:role/other",
    ]);
  });
  // no-unknown-case: who sets the account is declared in the input; a value known only at deploy still counts as a setter.
});
