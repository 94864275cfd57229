import { displayName } from "@/lib/text/display-text";
import type { RunbookOutcome } from "@/lib/runbook/run-runbook";

type Notice = Extract<RunbookOutcome, { kind: "api-not-found" | "stage-not-found" }>;

/** The link names an API or stage these credentials cannot see: say so, and what to check. */
export function RunbookNotice({ outcome }: { outcome: Notice }) {
  const { target } = outcome;
  return (
    <section
      aria-labelledby="notice-title"
      className="space-y-3 rounded-xl border-2 border-amber-300 bg-amber-50 p-6"
      data-outcome={outcome.kind}
    >
      {outcome.kind === "api-not-found" ? (
        <>
          <h2 id="notice-title" className="text-2xl font-bold tracking-tight text-slate-900">
            No API <span className="font-mono">{target.apiId}</span> in {target.region}
          </h2>
          <p className="text-slate-800">
            Neither API Gateway (REST) nor API Gateway v2 (HTTP, WebSocket) knows this id in {target.region}
            {outcome.account ? (
              <>
                {" "}
                for account <span className="font-mono">{displayName(outcome.account, 40)}</span>
              </>
            ) : null}
            . Check the region and the id in the link, and that the server&apos;s credentials belong to the API&apos;s
            account.
          </p>
        </>
      ) : (
        <>
          <h2 id="notice-title" className="text-2xl font-bold tracking-tight text-slate-900">
            API <span className="font-mono">{target.apiId}</span> has no stage{" "}
            <span className="font-mono">{target.stage}</span>
          </h2>
          <p className="text-slate-800">
            {outcome.stages.length > 0 ? (
              <>
                Its stages are:{" "}
                {outcome.stages.map((s) => (
                  <code key={s} className="mr-2 font-mono">
                    {displayName(s, 80)}
                  </code>
                ))}
              </>
            ) : (
              "It has no stages."
            )}
          </p>
        </>
      )}
    </section>
  );
}
