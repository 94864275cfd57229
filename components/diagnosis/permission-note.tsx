import { permissionToAsk } from "@/lib/diagnosis/permission-to-ask";
import type { Finding } from "@/lib/diagnosis/types";
import { displayName } from "@/lib/text/display-text";

/** For a check that could not run because AWS refused a call: the exact permission to ask the account's admin for. */
export function PermissionNote({ finding }: { finding: Finding }) {
  const ask = permissionToAsk(finding);
  if (!ask) return null;
  return (
    <p
      className="rounded-lg border border-violet-200 bg-violet-50 px-3 py-2 text-sm text-violet-900 [overflow-wrap:anywhere]"
      data-permission={ask.action}
    >
      <strong className="font-semibold">Permission to ask for:</strong> <code className="font-mono">{ask.action}</code>
      {ask.resource && (
        <>
          {" "}
          on <code className="font-mono text-xs">{displayName(ask.resource, 300)}</code>
        </>
      )}{" "}
      (refused for <code className="font-mono text-xs">{ask.call}</code>).{" "}
      {ask.explicitDeny
        ? "An explicit deny (often a service control policy) refused it: that deny must be lifted for this identity."
        : "With it, this check runs on the next scan."}
    </p>
  );
}
