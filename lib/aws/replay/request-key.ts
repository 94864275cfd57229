/** The parts of an HTTP request that carry an operation's input, whoever produced it (SDK or server). */
export interface WireRequest {
  method: string;
  path: string;
  query: Record<string, string | string[] | null | undefined>;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * A canonical form of a request's input: two requests get the same key exactly when they carry the same
 * operation and input, however the path was escaped, the query ordered or the body's members arranged.
 * Signing, dates, user agents and invocation ids are left out.
 */
export function requestKey(service: string, matchRegion: string, request: WireRequest): string {
  const path = request.path
    .split("?")[0]
    .split("/")
    .map((segment) => safeDecode(segment))
    .join("/");
  const query = flattenQuery(request.query)
    .map(([key, value]) => `${key}=${value}`)
    .sort()
    .join("&");
  const target = header(request.headers, "x-amz-target") ?? "";
  return [service, matchRegion, request.method.toUpperCase(), path, query, target, canonicalBody(request)].join("\n");
}

function canonicalBody(request: WireRequest): string {
  const body = request.body.trim();
  if (body === "") return "";
  const type = header(request.headers, "content-type") ?? "";
  if (type.includes("x-www-form-urlencoded")) {
    return [...new URLSearchParams(body)]
      .map(([key, value]) => `${key}=${value}`)
      .sort()
      .join("&");
  }
  try {
    return stableStringify(JSON.parse(body));
  } catch {
    return body;
  }
}

function flattenQuery(query: WireRequest["query"]): Array<[string, string]> {
  return Object.entries(query).flatMap(([key, value]) => {
    if (value === null || value === undefined) return [[safeDecode(key, true), ""]];
    return (Array.isArray(value) ? value : [value]).map((v): [string, string] => [
      safeDecode(key, true),
      safeDecode(v, true),
    ]);
  });
}

function header(headers: WireRequest["headers"], name: string): string | undefined {
  const entry = Object.entries(headers).find(([key]) => key.toLowerCase() === name);
  const value = entry?.[1];
  return Array.isArray(value) ? value.join(",") : value;
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, member]) => `${JSON.stringify(key)}:${stableStringify(member)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** Query strings may encode a space as `+`; paths may not (a `+` there is a literal plus). */
function safeDecode(text: string, plusIsSpace = false): string {
  try {
    return decodeURIComponent(plusIsSpace ? text.replace(/\+/g, "%20") : text);
  } catch {
    return text;
  }
}
