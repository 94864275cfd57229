export interface WildcardOptions {
  caseInsensitive?: boolean;
}

/**
 * IAM glob matching: `*` is any run of characters (colons and slashes included), `?` exactly one character;
 * everything else is literal. A linear two-pointer scan instead of a RegExp: no escaping pitfalls and no
 * catastrophic backtracking on hostile patterns.
 */
export function matchesWildcard(pattern: string, value: string, options: WildcardOptions = {}): boolean {
  const p = toChars(pattern, options);
  const v = toChars(value, options);
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
