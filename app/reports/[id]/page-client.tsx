"use client";

import { CopyButton } from "@/components/ui/copy-button";
import { Button, buttonVariants } from "@/components/ui/button";

/**
 * The report's actions: copy its link; download it as one HTML file that opens with no server, as Markdown (whole,
 * or ticket-sized) or JSON; print it.
 */
export function ReportActions({ id }: { id: string }) {
  const download = buttonVariants({ variant: "secondary", size: "sm" });
  return (
    <div className="flex flex-wrap gap-2 print:hidden" role="group" aria-label="Share this report">
      <CopyButton currentUrl className="print:hidden" label="Copy the link to this report">
        Copy link
      </CopyButton>
      <a href={`/reports/${id}.html`} download className={download}>
        Download HTML
      </a>
      <a href={`/reports/${id}.md`} download className={download}>
        Download Markdown
      </a>
      <a href={`/reports/${id}.md?compact=1`} download className={download}>
        Markdown for a ticket
      </a>
      <a href={`/reports/${id}.json`} download className={download}>
        Download JSON
      </a>
      <Button variant="secondary" size="sm" onClick={() => window.print()}>
        Print
      </Button>
    </div>
  );
}
