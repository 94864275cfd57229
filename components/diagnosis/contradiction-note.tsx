import { contradictionNote } from "@/lib/diagnosis/contradiction";
import type { Finding } from "@/lib/diagnosis/types";
import { displayName } from "@/lib/text/display-text";

/** Under a fail whose own destination still received events: when they arrived, and what that can mean. */
export function ContradictionNote({ finding }: { finding: Finding }) {
  const note = contradictionNote(finding);
  if (!note) return null;
  return (
    <p
      className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-950 [overflow-wrap:anywhere]"
      data-contradicted="true"
    >
      <span className="font-semibold">But: </span>
      {displayName(note, 2000)}
    </p>
  );
}
