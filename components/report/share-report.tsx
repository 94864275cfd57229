"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import type { StageFocus } from "@/lib/reports/focus-stage";
import { SaveReportForm } from "./save-report-form";

/**
 * The wizard's Share: saves this diagnosis — or, from a stage page, only that stage — as a read-only report and
 * gives a link for someone without AWS access. `baseUrl` is the server's canonical base (LOG_DOCTOR_BASE_URL or
 * this request's origin), so the panel can say before saving whether a colleague could open the link at all.
 */
export function ShareReport({
  source,
  symptoms = [],
  baseUrl,
  stage,
}: {
  source: string;
  symptoms?: readonly string[];
  baseUrl?: string;
  stage?: StageFocus;
}) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div className="space-y-3 print:hidden">
      <Button variant="secondary" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        {stage ? "Share this stage" : "Share"}
      </Button>
      {open && (
        <section
          id={panel}
          aria-label={stage ? "Share this stage as a report" : "Share as a report"}
          className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
        >
          <p className="mb-3 text-sm text-slate-700">
            {stage
              ? "A report of this stage only — its verdicts, causes and fixes, and the region-wide problems behind them — that anyone with the link can open, print or download, without AWS access."
              : "A report is a read-only copy of this diagnosis that anyone with the link can open, print or download, without AWS access."}
          </p>
          <SaveReportForm
            body={{ from: "source", source, symptoms, ...(stage ? { stage } : {}) }}
            submit="Create link"
            more
            baseUrl={baseUrl}
          />
        </section>
      )}
    </div>
  );
}
