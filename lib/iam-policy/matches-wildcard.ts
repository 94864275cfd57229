export interface WildcardOptions {
  caseInsensitive?: boolean;
}

/**
 * IAM glob matching: `*` is any run of characters (colons and slashes included), `?` exactly one character;
 * everything else is literal. A linear two-pointer scan instead of a RegExp: no escaping pitfalls and no
 * catastrophic backtracking on hostile patterns.
 */
export function matchesWildcard(pattern: string, value: string, options: WildcardOptions = {}): boolean {
  if (pattern === "*") return true;
  const p = options.caseInsensitive ? pattern.toLowerCase() : pattern;
  const v = options.caseInsensitive ? value.toLowerCase() : value;
  if (!p.includes("*") && !p.includes("?")) return p === v;
  // Strings index by UTF-16 unit; only text with surrogate pairs needs code points for `?` to mean one character.
  return surrogates.test(p) || surrogates.test(v) ? matchSequence(Array.from(p), Array.from(v)) : matchSequence(p, v);
}

const surrogates = /[\uD800-\uDFFF]/;

function matchSequence(p: ArrayLike<string>, v: ArrayLike<string>): boolean {
  let pi = 0;
  let vi = 0;
  let starAt = -1;
  let starMatchedUpTo = 0;
  while (vi < v.length) {
    if (pi < p.length && (p[pi] === "?" || p[pi] === v[vi])) {
      pi++;
      vi++;
    } else if (pi < p.length && p[pi] === "*") {
      starAt = pi++;
      starMatchedUpTo = vi;
    } else if (starAt >= 0) {
      // Let the last star swallow one more character and retry from just after it.
      pi = starAt + 1;
      vi = ++starMatchedUpTo;
    } else {
      return false;
    }
  }
  while (pi < p.length && p[pi] === "*") pi++;
  return pi === p.length;
}

/** Code points, not UTF-16 units, so that `?` stands for one visible character. */
export function toChars(text: string, options: WildcardOptions = {}): string[] {
  return Array.from(options.caseInsensitive ? text.toLowerCase() : text);
}
