/**
 * Records reach users in several spellings: S3 log files use camelCase, AWS's IoT guide prints PascalCase
 * (`EventName`, `SourceIpAddress`), the v2 API Gateway request members may be either. Known fields are found by
 * name whatever their case; everything else is read as it is.
 */

export function asObject(value: unknown): Record<string, unknown> | null {
  return value !== null && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A member by name, ignoring case; an exact match wins over a case-insensitive one. */
export function member(object: unknown, ...names: string[]): unknown {
  const record = asObject(object);
  if (!record) return undefined;
  for (const name of names) if (name in record) return record[name];
  const keys = lowerCaseKeys(record);
  for (const name of names) {
    const key = keys.get(name.toLowerCase());
    if (key !== undefined) return record[key];
  }
  return undefined;
}

// Most records lack some asked-for field (errorCode, say): index each record's keys once, not on every miss.
const keyIndexes = new WeakMap<object, Map<string, string>>();

function lowerCaseKeys(record: Record<string, unknown>): Map<string, string> {
  let keys = keyIndexes.get(record);
  if (!keys) {
    keys = new Map();
    for (const key of Object.keys(record)) {
      const lower = key.toLowerCase();
      if (!keys.has(lower)) keys.set(lower, key);
    }
    keyIndexes.set(record, keys);
  }
  return keys;
}

/** A string member; empty strings count as absent (the IoT guide prints `"ErrorCode": ""` for "none"). */
export function text(object: unknown, ...names: string[]): string | null {
  const value = member(object, ...names);
  if (typeof value === "string") return value.trim() === "" ? null : value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return null;
}

export function objectMember(object: unknown, ...names: string[]): Record<string, unknown> | null {
  return asObject(member(object, ...names));
}

/** `true`/`false` as booleans or the strings LookupEvents uses (`"ReadOnly": "true"`); anything else is unknown. */
export function flag(object: unknown, ...names: string[]): boolean | null {
  const value = member(object, ...names);
  if (typeof value === "boolean") return value;
  if (typeof value === "string") {
    const lower = value.trim().toLowerCase();
    if (lower === "true") return true;
    if (lower === "false") return false;
  }
  return null;
}

/** A member found at any depth (up to `maxDepth`), for request shapes AWS does not document for CloudTrail. */
export function findDeep(value: unknown, name: string, maxDepth = 4): unknown {
  const wanted = name.toLowerCase();
  let level: unknown[] = [value];
  for (let depth = 0; depth <= maxDepth && level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const item of level) {
      const record = asObject(item);
      if (!record) continue;
      for (const [key, child] of Object.entries(record)) {
        if (key.toLowerCase() === wanted) return child;
        if (child && typeof child === "object") next.push(child);
      }
    }
    level = next;
  }
  return undefined;
}
