import type { Diagnosis } from "@/lib/diagnosis/types";
import type { SourceInfo } from "@/lib/sources/sources";
import { displayName } from "@/lib/text/display-text";
import { formatUtc, plural } from "@/lib/text/format";
import { Badge } from "../ui/badge";

const kindLabels: Record<SourceInfo["kind"], string> = {
  demo: "Demo account",
  upload: "Uploaded capture",
  scan: "Live scan",
};

/** Which account and capture the page diagnoses: every page says what it is looking at. */
export function SourceHeading({ info, diagnosis, title }: { info: SourceInfo; diagnosis: Diagnosis; title?: string }) {
  return (
    <div className="space-y-2">
      <div className="flex flex-wrap items-center gap-2">
        <Badge tone="outline">{kindLabels[info.kind]}</Badge>
        {info.kind === "demo" && (
          <span className="text-sm text-slate-600">Sample data — nothing here is your account.</span>
        )}
      </div>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900 [overflow-wrap:anywhere] sm:text-3xl">
        {title ?? displayName(info.label, 120)}
      </h1>
      <dl className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-600">
        <div className="flex gap-1.5">
          <dt>Account</dt>
          <dd className="font-mono text-slate-800">
            {diagnosis.account ? displayName(diagnosis.account, 40) : "unknown"}
          </dd>
        </div>
        <div className="flex gap-1.5">
          <dt>Captured</dt>
          <dd className="text-slate-800">{formatUtc(diagnosis.capturedAt)}</dd>
        </div>
        <div className="flex gap-1.5">
          <dt>Regions</dt>
          <dd className="text-slate-800">{plural(diagnosis.regions.length, "region")}</dd>
        </div>
        {info.expiresAt !== null && (
          <div className="flex gap-1.5">
            <dt>Link valid until</dt>
            <dd className="text-slate-800">{formatUtc(info.expiresAt)}</dd>
          </div>
        )}
      </dl>
    </div>
  );
}
