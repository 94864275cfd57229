import { catalogIndex, isSegmentChar, type CatalogIndex } from "./catalogs";
import { positionLookup } from "./position";
import type { ApiType, VariableReference } from "./types";

/**
 * - `context`: `$context.…`, resolved against a catalog;
 * - `other`: a reference outside `$context` (`$input.body`, `$stageVariables.x`, `$util.escapeJavaScript`);
 * - `braced`: VTL's formal `${…}` notation, which access logs do not document.
 */
export type ReferenceKind = "context" | "other" | "braced";

export interface ScannedReference {
  kind: ReferenceKind;
  /** As resolved: `$context.requestId` for `$context.requestId-x`; braced ones as written. */
  name: string;
  start: number;
  end: number;
  known: boolean;
  /** For a braced reference, the same reference without braces, e.g. `$context.requestId`. */
  unbraced?: string;
}

const DOT = 0x2e;
const HYPHEN = 0x2d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;

function isLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function identifierEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSegmentChar(text.charCodeAt(i))) i++;
  return i;
}

/** End of `.seg.seg…` starting at `from`, where a dot only continues when a segment character follows it. */
function dottedEnd(text: string, from: number, allowHyphen: boolean, hyphens?: number[]): number {
  let i = from;
  while (text.charCodeAt(i) === DOT && isSegmentChar(text.charCodeAt(i + 1))) {
    i = identifierEnd(text, i + 1);
    while (allowHyphen && text.charCodeAt(i) === HYPHEN && isSegmentChar(text.charCodeAt(i + 1))) {
      hyphens?.push(i);
      i = identifierEnd(text, i + 1);
    }
  }
  return i;
}

/**
 * Which variable `$context.<path>` is, given the greedy path `pathStart..pathEnd`. An exact name wins when it ends
 * where the path ends or at a `-` (no exact name contains one), so `$context.requestId-$context.status` is two
 * variables; otherwise the longest documented family; otherwise an unknown name cut at its first `-`.
 */
function resolveContextPath(
  text: string,
  pathStart: number,
  pathEnd: number,
  hyphens: readonly number[],
  index: CatalogIndex,
): { end: number; known: boolean } {
  const ends = [pathEnd, ...[...hyphens].reverse()];
  for (const end of ends) {
    if (end - pathStart > index.longestExact) continue;
    if (index.exact.has(text.slice(pathStart, end))) return { end, known: true };
  }
  let familyEnd = -1;
  for (const family of index.families) {
    if (!text.startsWith(family.prefix, pathStart)) continue;
    const tailStart = pathStart + family.prefix.length;
    const firstHyphen = hyphens.find((h) => h > tailStart);
    const end = family.allowsHyphen || firstHyphen === undefined ? pathEnd : firstHyphen;
    if (end > tailStart) familyEnd = Math.max(familyEnd, end);
  }
  if (familyEnd >= 0) return { end: familyEnd, known: true };
  return { end: hyphens.find((h) => h > pathStart) ?? pathEnd, known: false };
}

function scanBraced(text: string, start: number, index: CatalogIndex): ScannedReference {
  const rootEnd = identifierEnd(text, start + 2);
  const end = dottedEnd(text, rootEnd, true);
  const closed = text.charCodeAt(end) === CLOSE_BRACE;
  const unbraced = `$${text.slice(start + 2, end)}`;
  const context = scanAt(unbraced, 0, index);
  return {
    kind: "braced",
    name: text.slice(start, closed ? end + 1 : end),
    start,
    end: closed ? end + 1 : end,
    known: false,
    unbraced: context && context.end === unbraced.length && context.known ? context.name : unbraced,
  };
}

function scanAt(text: string, start: number, index: CatalogIndex): ScannedReference | null {
  const next = text.charCodeAt(start + 1);
  if (next === OPEN_BRACE && isLetter(text.charCodeAt(start + 2))) return scanBraced(text, start, index);
  if (!isLetter(next)) return null;
  const rootEnd = identifierEnd(text, start + 1);
  if (text.slice(start + 1, rootEnd) !== "context") {
    const end = dottedEnd(text, rootEnd, false);
    return { kind: "other", name: text.slice(start, end), start, end, known: false };
  }
  const hyphens: number[] = [];
  const pathEnd = dottedEnd(text, rootEnd, true, hyphens);
  if (pathEnd === rootEnd) return { kind: "context", name: "$context", start, end: rootEnd, known: false };
  const { end, known } = resolveContextPath(text, rootEnd + 1, pathEnd, hyphens, index);
  return { kind: "context", name: text.slice(start, end), start, end, known };
}

/** Every reference in `format`, in order. A `$` not followed by a letter (or `{` and a letter) is plain text. */
export function scanReferences(format: string, apiType?: ApiType): ScannedReference[] {
  const index = catalogIndex(apiType);
  const found: ScannedReference[] = [];
  let i = format.indexOf("$");
  while (i !== -1) {
    const reference = scanAt(format, i, index);
    if (reference) found.push(reference);
    i = format.indexOf("$", reference ? reference.end : i + 1);
  }
  return found;
}

/**
 * Every variable reference in `format`, `$context` or not. With an API type, `known` means documented for that
 * type; without one, documented for at least one of REST, HTTP and WebSocket.
 */
export function findVariables(format: string, apiType?: ApiType): VariableReference[] {
  const text = typeof format === "string" ? format : "";
  const at = positionLookup(text);
  return scanReferences(text, apiType).map((r) => ({ name: r.name, position: at(r.start), known: r.known }));
}
