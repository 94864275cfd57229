import type { Capture, CaptureCall } from "../capture/schema";
import { collected, failed, notCollected, type Source } from "./source";

/** Input members that page through a listing or size a page: they do not change what is listed. */
const pagingInputKeys = new Set([
  "position",
  "NextToken",
  "nextToken",
  "Marker",
  "limit",
  "MaxResults",
  "MaxItems",
  "maxResults",
]);
/** Output members that point to the next page, per protocol family. */
const nextTokenKeys = ["position", "NextToken", "nextToken", "Marker"] as const;

export interface IndexedCall {
  call: CaptureCall;
  index: number;
}

/**
 * The capture's calls, looked up by service, region and operation. Calls are kept in capture order so every
 * lookup is deterministic.
 */
export class CallIndex {
  private readonly byKey = new Map<string, IndexedCall[]>();
  private readonly byOperation = new Map<string, IndexedCall[]>();
  private readonly regions = new Set<string>();

  constructor(capture: Capture) {
    capture.calls.forEach((call, index) => {
      const entry = { call, index };
      append(this.byKey, indexKey(call.service, call.region, call.operation), entry);
      append(this.byOperation, `${call.service}:${call.operation}`, entry);
      if (call.region) this.regions.add(call.region);
    });
  }

  /** All calls of an operation in a region (region undefined for IAM, or "any region" when `anyRegion`). */
  calls(service: string, region: string | undefined, operation: string): IndexedCall[] {
    return this.byKey.get(indexKey(service, region, operation)) ?? [];
  }

  /** Calls of an operation whatever region they were sent to (e.g. GetCallerIdentity, IAM without region). */
  callsInAnyRegion(service: string, operation: string): IndexedCall[] {
    return this.byOperation.get(`${service}:${operation}`) ?? [];
  }

  regionsSeen(): string[] {
    return [...this.regions];
  }

  /**
   * One listing, its pages joined: the calls whose input (paging members aside) satisfies `match`.
   * `items` picks the listed items of one page's output.
   */
  listing<T>(
    service: string,
    region: string | undefined,
    operation: string,
    items: (output: Record<string, unknown>) => T[],
    match: (input: Record<string, unknown>) => boolean = () => true,
  ): Source<T[]> {
    const name = `${service}:${operation}`;
    const pages = this.calls(service, region, operation).filter(({ call }) => match(call.input));
    if (pages.length === 0) return notCollected(name);
    return joinPages(name, pages, items);
  }

  /** Groups the pages of an operation by their non-paging input, e.g. one GetStages listing per restApiId. */
  listingsByInput<T>(
    service: string,
    region: string | undefined,
    operation: string,
    items: (output: Record<string, unknown>) => T[],
  ): { input: Record<string, unknown>; source: Source<T[]> }[] {
    const groups = new Map<string, IndexedCall[]>();
    for (const entry of this.calls(service, region, operation)) {
      const key = inputKey(entry.call.input);
      const group = groups.get(key);
      if (group) group.push(entry);
      else groups.set(key, [entry]);
    }
    return [...groups.values()].map((pages) => ({
      input: withoutPaging(pages[0].call.input),
      source: joinPages(`${service}:${operation}`, pages, items),
    }));
  }

  /** A single (non-paged) call matching `match`; the last one wins when a capture repeats a call. */
  single(
    service: string,
    region: string | undefined,
    operation: string,
    match: (input: Record<string, unknown>) => boolean = () => true,
  ): Source<Record<string, unknown>> {
    const name = `${service}:${operation}`;
    const found = this.calls(service, region, operation).filter(({ call }) => match(call.input));
    const last = found[found.length - 1];
    if (!last) return notCollected(name);
    if (last.call.error) return failed(name, last.call.error);
    return collected(name, asRecord(last.call.output));
  }
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function joinPages<T>(
  name: string,
  pages: IndexedCall[],
  items: (output: Record<string, unknown>) => T[],
): Source<T[]> {
  const failedPage = pages.find(({ call }) => call.error);
  if (failedPage?.call.error) return failed(name, failedPage.call.error);

  // Follow the token chain from the first page; pages a hand-written capture left unchained are appended in order.
  const byToken = new Map<string, IndexedCall>();
  const starts: IndexedCall[] = [];
  for (const page of pages) {
    const token = pageToken(page.call.input);
    if (token === undefined) starts.push(page);
    else byToken.set(token, page);
  }
  const ordered: IndexedCall[] = [];
  const seen = new Set<IndexedCall>();
  let current: IndexedCall | undefined = starts[0] ?? pages[0];
  while (current && !seen.has(current)) {
    ordered.push(current);
    seen.add(current);
    const next = nextToken(asRecord(current.call.output));
    if (next === undefined) break;
    current = byToken.get(next);
    if (!current) {
      return failed(name, {
        name: "IncompleteListing",
        message: `the page after token ${JSON.stringify(next).slice(0, 60)} was not collected`,
      });
    }
  }
  for (const page of pages) if (!seen.has(page)) ordered.push(page);

  const all: T[] = [];
  for (const page of ordered) all.push(...items(asRecord(page.call.output)));
  return collected(name, all);
}

function pageToken(input: Record<string, unknown>): string | undefined {
  for (const key of nextTokenKeys) {
    const value = input[key];
    if (typeof value === "string" && value !== "") return value;
  }
  return undefined;
}

function nextToken(output: Record<string, unknown>): string | undefined {
  if (output.IsTruncated === false) return undefined;
  return pageToken(output);
}

/** The identity of a listing: its input without paging members, key order ignored (cheap for flat inputs). */
function inputKey(input: Record<string, unknown>): string {
  const keys = Object.keys(input)
    .filter((key) => !pagingInputKeys.has(key))
    .sort();
  let key = "";
  for (const name of keys) {
    const value = input[name];
    key += `${name}\u0001${value !== null && typeof value === "object" ? stableKey(value) : String(value)}\u0002`;
  }
  return key;
}

function withoutPaging(input: Record<string, unknown>): Record<string, unknown> {
  const rest: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) if (!pagingInputKeys.has(key)) rest[key] = value;
  return rest;
}

function stableKey(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableKey).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableKey(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

function indexKey(service: string, region: string | undefined, operation: string): string {
  return `${service}\u0000${region ?? ""}\u0000${operation}`;
}

export function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

export function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

export function asString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}
