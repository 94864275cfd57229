import type { RunbookTarget } from "@/lib/runbook/target";
import { runbookPath } from "@/lib/runbook/target";
import { RunbookHeading } from "./runbook-heading";

const copy = {
  click: {
    title: "Run the live diagnosis",
    text: "This link was opened from another site, so the server has not scanned yet: each scan makes about 25 read-only calls against the account's AWS API quotas. Start it here.",
  },
  busy: { title: "The server is busy", text: "" },
};

/**
 * The runbook page without a scan: opened from another site (one click starts the scan, as a same-origin
 * navigation), or every live-scan place is taken (try again). A plain link, so the click is a real navigation.
 */
export function RunbookStart({
  target,
  reason,
  message,
}: {
  target: RunbookTarget;
  reason: "click" | "busy";
  message?: string;
}) {
  const { title, text } = copy[reason];
  return (
    <>
      <RunbookHeading target={target} />
      <section
        aria-labelledby="start-title"
        className="space-y-3 rounded-xl border-2 border-slate-200 bg-white p-6"
        data-outcome={reason === "busy" ? "busy" : "needs-click"}
      >
        <h2 id="start-title" className="text-2xl font-bold tracking-tight text-slate-900">
          {title}
        </h2>
        <p className="text-slate-800">{message ?? text}</p>
        <a
          href={runbookPath(target)}
          className="inline-block rounded-md bg-teal-700 px-4 py-2 font-medium text-white hover:bg-teal-800 focus-visible:outline-2 focus-visible:outline-offset-2"
        >
          {reason === "busy" ? "Try again" : "Run the diagnosis"}
        </a>
      </section>
    </>
  );
}
