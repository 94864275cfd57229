import type { RunbookTarget } from "@/lib/runbook/target";
import { RunbookHeading } from "./runbook-heading";

/** Shown while the scan runs (a few seconds: one API's calls, paced under API Gateway's quotas). */
export function RunbookPending({ target }: { target: RunbookTarget }) {
  return (
    <>
      <RunbookHeading target={target} />
      <section aria-busy="true" aria-live="polite" className="rounded-xl border-2 border-slate-200 bg-white p-6">
        <p className="text-2xl font-semibold text-slate-700">
          Checking {target.apiId}
          {target.stage !== undefined ? ` stage ${target.stage}` : ""} in {target.region}…
        </p>
        <p className="mt-2 text-sm text-slate-600">
          Reading the API, its stages, the region&apos;s logging role, log groups and CloudTrail history.
        </p>
      </section>
    </>
  );
}
