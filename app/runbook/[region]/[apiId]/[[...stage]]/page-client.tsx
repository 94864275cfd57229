"use client";

import { useId, useState } from "react";
import { CopyText } from "@/components/report/copy-text";
import { Button } from "@/components/ui/button";

type State = { kind: "idle" } | { kind: "saving" } | { kind: "saved"; path: string } | { kind: "failed"; message: string };

/** "Save as report": stores exactly what this page shows (the server kept the scan) and offers its link. */
export function SaveRunbookReport({ scan }: { scan: string }) {
  const [redact, setRedact] = useState(true);
  const [state, setState] = useState<State>({ kind: "idle" });
  const id = useId();

  const save = async () => {
    setState({ kind: "saving" });
    try {
      const response = await fetch("/api/reports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ from: "runbook", scan, redact }),
      });
      const body = (await response.json()) as { path?: string; error?: string };
      setState(response.ok && body.path ? { kind: "saved", path: body.path } : { kind: "failed", message: body.error ?? `the server answered ${response.status}` });
    } catch {
      setState({ kind: "failed", message: "the server could not be reached" });
    }
  };

  return (
    <section aria-label="Save as report" className="flex flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-slate-200 bg-white px-4 py-3 print:hidden">
      <Button onClick={save} disabled={state.kind === "saving" || state.kind === "saved"}>
        {state.kind === "saving" ? "Saving…" : "Save as report"}
      </Button>
      <label htmlFor={id} className="flex items-center gap-2 text-sm text-slate-700">
        <input id={id} type="checkbox" checked={redact} disabled={state.kind === "saved"} onChange={(e) => setRedact(e.target.checked)} className="size-4 accent-teal-700" />
        Mask account ids, access keys, IP addresses and principal names
      </label>
      <p role="status" className="text-sm text-slate-700">
        {state.kind === "saved" && (
          <span className="flex flex-wrap items-center gap-2">
            Saved:{" "}
            <a href={state.path} className="font-medium text-teal-800 underline">
              {state.path}
            </a>
            <CopyText text={new URL(state.path, window.location.origin).href} label="Copy the report's link">Copy link</CopyText>
          </span>
        )}
        {state.kind === "failed" && <span className="text-red-800">Could not save: {state.message}</span>}
      </p>
    </section>
  );
}
