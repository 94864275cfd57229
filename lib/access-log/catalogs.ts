import { httpExact, httpPrefixes } from "./catalog-http";
import { restExact, restPrefixes } from "./catalog-rest";
import { websocketExact, websocketPrefixes } from "./catalog-websocket";
import type { ApiType } from "./types";

export const CONTEXT = "$context";
const CONTEXT_DOT = "$context.";

export const contextVariableCatalogs: Record<ApiType, { exact: readonly string[]; prefixes: readonly string[] }> = {
  REST: { exact: restExact, prefixes: restPrefixes },
  HTTP: { exact: httpExact, prefixes: httpPrefixes },
  WEBSOCKET: { exact: websocketExact, prefixes: websocketPrefixes },
};

export const apiTypes: readonly ApiType[] = ["REST", "HTTP", "WEBSOCKET"];

export interface Family {
  /** Without the leading `$context.`, e.g. `authorizer.claims.`. */
  prefix: string;
  /** Header, path and query-string names may contain `-`; Lambda authorizer keys may not. */
  allowsHyphen: boolean;
}

/** A catalog in the shape the scanner wants: names without `$context.`, in a Set. */
export interface CatalogIndex {
  exact: ReadonlySet<string>;
  /** Exact names in catalog order, for suggestions. */
  exactNames: readonly string[];
  families: readonly Family[];
  longestExact: number;
}

// AWS: "For property, the only supported special character is the underscore (_) character."
const NO_HYPHEN_FAMILY = "authorizer.";

function buildIndex(exact: readonly string[], prefixes: readonly string[]): CatalogIndex {
  const tails = exact.map((name) => name.slice(CONTEXT_DOT.length));
  const families = [...new Set(prefixes)]
    .map((name) => name.slice(CONTEXT_DOT.length))
    .map((prefix) => ({ prefix, allowsHyphen: prefix !== NO_HYPHEN_FAMILY }));
  return {
    exact: new Set(tails),
    exactNames: [...new Set(exact)],
    families,
    longestExact: Math.max(...tails.map((t) => t.length)),
  };
}

const indexes: Record<ApiType, CatalogIndex> = {
  REST: buildIndex(restExact, restPrefixes),
  HTTP: buildIndex(httpExact, httpPrefixes),
  WEBSOCKET: buildIndex(websocketExact, websocketPrefixes),
};

// Without an API type, "known" means known to at least one of them.
const anyIndex = buildIndex(
  apiTypes.flatMap((t) => contextVariableCatalogs[t].exact),
  apiTypes.flatMap((t) => contextVariableCatalogs[t].prefixes),
);

export function catalogIndex(apiType?: ApiType): CatalogIndex {
  if (apiType === undefined) return anyIndex;
  const index = indexes[apiType];
  if (!index) throw new TypeError(`Unknown API type ${JSON.stringify(apiType)}; expected REST, HTTP or WEBSOCKET.`);
  return index;
}

export function isSegmentChar(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f
  );
}

/** `a.b-c.d`: dot-separated segments of [A-Za-z0-9_], a `-` allowed only between two such characters. */
function isDynamicTail(tail: string, allowsHyphen: boolean): boolean {
  if (tail === "") return false;
  for (let i = 0; i < tail.length; i++) {
    const code = tail.charCodeAt(i);
    if (isSegmentChar(code)) continue;
    const between =
      i > 0 && i < tail.length - 1 && isSegmentChar(tail.charCodeAt(i - 1)) && isSegmentChar(tail.charCodeAt(i + 1));
    if (code === 0x2e /* . */ && between) continue;
    if (code === 0x2d /* - */ && allowsHyphen && between) continue;
    return false;
  }
  return true;
}

/** `name` is a whole reference such as `$context.requestId` or `$context.authorizer.claims.sub`; case-sensitive. */
export function isKnownContextVariable(name: string, apiType: ApiType): boolean {
  if (typeof name !== "string" || !name.startsWith(CONTEXT_DOT)) return false;
  const index = catalogIndex(apiType);
  const tail = name.slice(CONTEXT_DOT.length);
  if (index.exact.has(tail)) return true;
  return index.families.some(
    (family) => tail.startsWith(family.prefix) && isDynamicTail(tail.slice(family.prefix.length), family.allowsHyphen),
  );
}

/** The API types whose catalog knows `name`, to tell a user when a variable belongs to another kind of API. */
export function apiTypesKnowing(name: string): ApiType[] {
  return apiTypes.filter((t) => isKnownContextVariable(name, t));
}
