const PREFIX = "$context.";
// Past this, a name is not a mistyped variable and comparing it would only cost time.
const LONGEST_COMPARED = 80;

/** Optimal string alignment distance, or `limit + 1` as soon as the distance must exceed `limit`. */
function boundedDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let before = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = new Array<number>(b.length + 1).fill(0);
    current[0] = i;
    let rowMin = current[0];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2] + 1);
      current[j] = value;
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return previous[b.length];
}

/**
 * The documented variable `name` most likely meant: one that differs only in case (names are case-sensitive,
 * so `$context.requestID` is a different, unknown name), else the nearest within one edit for short names and
 * two for longer ones. Ties go to the earlier candidate, so results do not depend on anything but the catalog.
 */
export function closestVariable(name: string, candidates: readonly string[]): string | undefined {
  if (!name.startsWith(PREFIX) || name.length > LONGEST_COMPARED) return undefined;
  const tail = name.slice(PREFIX.length).toLowerCase();
  const tails = candidates.map((c) => (c.startsWith(PREFIX) ? c.slice(PREFIX.length).toLowerCase() : ""));
  const sameLetters = tails.indexOf(tail);
  if (sameLetters !== -1) return candidates[sameLetters] === name ? undefined : candidates[sameLetters];
  const limit = tail.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  tails.forEach((candidate, k) => {
    if (candidate === "") return;
    const distance = boundedDistance(tail, candidate, Math.min(limit, bestDistance - 1));
    if (distance < bestDistance) {
      bestDistance = distance;
      best = candidates[k];
    }
  });
  return best;
}
