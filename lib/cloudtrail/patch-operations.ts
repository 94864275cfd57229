import { asObject, findDeep, text } from "./fields";

export interface PatchOperation {
  op: string;
  path: string;
  value: unknown;
  from: string | null;
}

/**
 * The patch operations of an API Gateway v1 update, wherever the record puts them. AWS does not document where
 * CloudTrail records the PATCH body (the request syntax has it as `patchOperations`; recorded requests nest bodies
 * in members such as `createDeploymentInput`), so the first `patchOperations` member at any depth is used, and a
 * JSON string holding the list is accepted too.
 */
export function findPatchOperations(requestParameters: unknown): PatchOperation[] {
  let list = findDeep(requestParameters, "patchOperations");
  if (typeof list === "string") {
    try {
      list = JSON.parse(list);
    } catch {
      return [];
    }
  }
  if (!Array.isArray(list)) return [];
  return list.flatMap((raw) => {
    const operation = asObject(raw);
    const path = text(operation, "path");
    if (!operation || !path) return [];
    return [
      {
        op: (text(operation, "op") ?? "replace").toLowerCase(),
        path,
        value: operation.value ?? valueAnyCase(operation),
        from: text(operation, "from"),
      },
    ];
  });
}

function valueAnyCase(operation: Record<string, unknown>): unknown {
  const key = Object.keys(operation).find((name) => name.toLowerCase() === "value");
  return key === undefined ? null : operation[key];
}

/**
 * A REST `methodSettings` key as the catalog names its target: `*\/*` stays, `~1pets~1{id}/GET` → `GET /pets/{id}`
 * (JSON Pointer escapes: `~1` is `/`, `~0` is `~`).
 */
export function methodTarget(key: string): string {
  if (key === "*/*") return key;
  const slash = key.lastIndexOf("/");
  if (slash < 0) return key;
  const resource = key.slice(0, slash).replace(/~1/g, "/").replace(/~0/g, "~");
  return `${key.slice(slash + 1)} ${resource.startsWith("/") ? resource : `/${resource}`}`;
}
