"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { SaveReportForm } from "./save-report-form";

/** The wizard's Share: saves this diagnosis as a read-only report and gives a link for someone without AWS access. */
export function ShareReport({ source, symptoms = [] }: { source: string; symptoms?: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const panel = useId();
  return (
    <div className="space-y-3 print:hidden">
      <Button variant="secondary" aria-expanded={open} aria-controls={panel} onClick={() => setOpen(!open)}>
        Share
      </Button>
      {open && (
        <section id={panel} aria-label="Share as a report" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <p className="mb-3 text-sm text-slate-700">
            A report is a read-only copy of this diagnosis that anyone with the link can open, print or download, without AWS access.
          </p>
          <SaveReportForm body={{ from: "source", source, symptoms }} submit="Create link" more />
        </section>
      )}
    </div>
  );
}
