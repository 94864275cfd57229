import type { Report } from "@/lib/reports/report";
import { displayName, displayRegion } from "@/lib/text/display-text";
import { formatUtc } from "@/lib/text/format";
import { Badge } from "@/components/ui/badge";

/** Title, the one-sentence summary, provenance and the report's actions (copy link, downloads, print). */
export function ReportHeader({
  report,
  summary,
  actions,
}: {
  report: Report;
  summary: string;
  actions: React.ReactNode;
}) {
  const { diagnosis } = report;
  return (
    <header className="space-y-3 border-b border-slate-200 pb-6">
      <p className="text-sm font-medium text-teal-800">Log Doctor report</p>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 [overflow-wrap:anywhere]">
        {displayName(report.title, 200)}
      </h1>
      <p data-testid="report-summary" className="text-base font-medium text-slate-900 [overflow-wrap:anywhere]">
        {displayName(summary, 2000)}
      </p>
      {report.focus && <p className="text-sm text-slate-700">This report covers one stage, shared from its page.</p>}
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
        <div>
          <dt className="inline text-slate-600">Account </dt>
          <dd className="inline font-mono">
            {diagnosis.account === null ? "unknown" : displayName(diagnosis.account, 40)}
          </dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Regions </dt>
          <dd className="inline font-mono">{diagnosis.regions.map(displayRegion).join(", ") || "none"}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Scanned </dt>
          <dd className="inline">{formatUtc(diagnosis.capturedAt)}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Saved </dt>
          <dd className="inline">{formatUtc(report.createdAt)}</dd>
        </div>
        <div>
          <dt className="inline text-slate-600">Log Doctor </dt>
          <dd className="inline font-mono">{report.engineVersion}</dd>
        </div>
        {report.expiresAt && (
          <div>
            <dt className="inline text-slate-600">Expires </dt>
            <dd className="inline">{formatUtc(report.expiresAt)}</dd>
          </div>
        )}
      </dl>
      <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
        {report.redacted ? (
          <>
            <Badge tone="green">Redacted</Badge> Account ids, access key ids, IP addresses and principal names are
            masked (account-1, ip-1, …).
          </>
        ) : (
          <>
            <Badge tone="amber">Not redacted</Badge> This report shows account ids, access key ids, IP addresses and
            principal names as recorded.
          </>
        )}
      </p>
      <p className="text-sm text-slate-600">
        A read-only snapshot: opening it needs no AWS access, and it does not change when the account does.
      </p>
      {actions}
    </header>
  );
}
