import { toChars } from "./matches-wildcard";

/**
 * Whether some string matches both IAM globs (`*`, `?`). Used to ask "could this condition value ever match an
 * API Gateway ARN of the region?" when the value itself is a pattern (`arn:aws:apigateway:*::*`).
 *
 * A search over positions (i in a, j in b); each state is visited once, so it costs O(|a|·|b|). A character that
 * both stars would produce can be dropped from the common string, so neither star ever needs to consume the other.
 */
export function globsOverlap(a: string, b: string): boolean {
  const p = toChars(a);
  const q = toChars(b);
  const seen = new Set<number>();
  const pending: [number, number][] = [[0, 0]];
  while (pending.length > 0) {
    const [i, j] = pending.pop() as [number, number];
    if (i === p.length && j === q.length) return true;
    const key = i * (q.length + 1) + j;
    if (seen.has(key)) continue;
    seen.add(key);
    const pc = p[i];
    const qc = q[j];
    if (pc === "*") {
      pending.push([i + 1, j]);
      if (qc !== undefined && qc !== "*") pending.push([i, j + 1]);
    }
    if (qc === "*") {
      pending.push([i, j + 1]);
      if (pc !== undefined && pc !== "*") pending.push([i + 1, j]);
    }
    if (pc !== undefined && qc !== undefined && pc !== "*" && qc !== "*" && (pc === "?" || qc === "?" || pc === qc)) {
      pending.push([i + 1, j + 1]);
    }
  }
  return false;
}
