import type { Finding } from "./types";

/** The sentence every surface shows next to a contradicted finding. */
export function contradictionNote(finding: Pick<Finding, "contradicted" | "newestEvent">): string | null {
  if (!finding.contradicted || !finding.newestEvent) return null;
  return `Logs still arrived at ${finding.newestEvent.at} (${finding.newestEvent.logGroup}): either this broke after ${finding.newestEvent.at} — see the history — or this rule does not hold for your setup.`;
}
