import { apiTypeLabels } from "@/lib/diagnosis/labels";
import type { ApiVerdicts } from "@/lib/diagnosis/types";
import { displayName } from "@/lib/text/display-text";
import { formatUtc } from "@/lib/text/format";
import type { RunbookTarget } from "@/lib/runbook/target";

/** Which API the runbook link diagnoses, and when: the scan is live, so the time matters. */
export function RunbookHeading({
  target,
  scannedAt,
  api,
  durationMs,
  reuseSeconds = 0,
}: {
  target: RunbookTarget;
  scannedAt?: string;
  api?: ApiVerdicts;
  durationMs?: number;
  reuseSeconds?: number;
}) {
  return (
    <header className="space-y-1">
      <p className="text-sm font-medium text-teal-800">Runbook · live diagnosis</p>
      {/* Each part on its own line on a phone, one line from a tablet up. */}
      <h1 className="flex flex-col text-xl font-semibold tracking-tight text-slate-900 [overflow-wrap:anywhere] sm:block">
        <span>{api ? `${apiTypeLabels[api.type]} ${displayName(api.name, 80)}` : "API"}</span>{" "}
        <span>
          <span className="font-mono">{target.apiId}</span>
          {target.stage !== undefined && (
            <>
              {" "}
              · stage <span className="font-mono">{target.stage}</span>
            </>
          )}
        </span>{" "}
        <span>
          <span aria-hidden="true" className="hidden sm:inline">
            ·{" "}
          </span>
          {target.region}
        </span>
      </h1>
      {scannedAt && (
        <p className="text-sm text-slate-600">
          Scanned {formatUtc(scannedAt)} with this server&apos;s AWS credentials, read-only
          {durationMs !== undefined && ` (${(durationMs / 1000).toFixed(1)} s)`}. Reload the page to scan again
          {reuseSeconds > 0 && ` (the server reuses a scan for ${reuseSeconds} s)`}.
        </p>
      )}
    </header>
  );
}
