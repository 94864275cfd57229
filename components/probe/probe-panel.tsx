"use client";

import { useId, useRef, useState } from "react";
import { LogLine } from "@/components/find-request/log-line";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import type { ProbeEvent, ProbeKindView } from "@/lib/probe/web/probe-route";
import type { ProbeOffer } from "@/lib/probe/web/probe-offer";

export interface ProbePanelProps {
  target: { source: string; region: string; apiId: string; stage: string };
  offer: ProbeOffer;
  /** lib/probe's probeLimits and timeout, passed in so the page's bundle holds no code that sends requests. */
  limits: string[];
  timeoutS: number;
  defaultPath: string;
}

type Phase =
  | { kind: "idle" }
  | { kind: "confirming" }
  | {
      kind: "running";
      sent: Extract<ProbeEvent, { type: "sent" }> | null;
      watching: Extract<ProbeEvent, { type: "watching" }> | null;
    }
  | { kind: "done"; sent: Extract<ProbeEvent, { type: "sent" }> | null; result: Extract<ProbeEvent, { type: "done" }> }
  | { kind: "failed"; sent: Extract<ProbeEvent, { type: "sent" }> | null; message: string };

const tone: Record<ProbeKindView["status"], string> = {
  arrived: "bg-emerald-50 text-emerald-800 ring-emerald-200",
  "not-arrived": "bg-amber-50 text-amber-900 ring-amber-200",
  "could-not-search": "bg-red-50 text-red-800 ring-red-200",
  "not-searchable": "bg-slate-100 text-slate-700 ring-slate-200",
};
const kindNames: Record<string, string> = {
  access: "access logs",
  "access-canary": "canary access logs",
  execution: "execution logs",
  "execution-canary": "canary execution logs",
};

/**
 * "Prove it with one request": says exactly what it will send, asks once more, then sends it through
 * POST /api/probe and shows the server's streamed progress and, per log kind, whether the request's line arrived.
 */
export function ProbePanel({ target, offer, limits, timeoutS, defaultPath }: ProbePanelProps) {
  const id = useId();
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const confirmRef = useRef<HTMLButtonElement>(null);

  const send = async () => {
    if (!offer.available) return;
    let sent: Extract<ProbeEvent, { type: "sent" }> | null = null;
    setPhase({ kind: "running", sent: null, watching: null });
    try {
      const response = await fetch("/api/probe", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...target, url: offer.url, confirmed: true }),
      });
      if (!response.ok || !response.body) {
        const json = (await response.json().catch(() => ({}))) as { error?: string };
        return setPhase({ kind: "failed", sent, message: json.error ?? `The server answered ${response.status}.` });
      }
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffered = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffered += value;
        const lines = buffered.split("\n");
        buffered = lines.pop() ?? "";
        for (const line of lines.filter((l) => l.trim() !== "")) {
          const event = JSON.parse(line) as ProbeEvent;
          if (event.type === "sent") setPhase({ kind: "running", sent: (sent = event), watching: null });
          else if (event.type === "watching") setPhase({ kind: "running", sent, watching: event });
          else if (event.type === "done") return setPhase({ kind: "done", sent, result: event });
          else return setPhase({ kind: "failed", sent, message: event.message });
        }
      }
      setPhase({ kind: "failed", sent, message: "The server stopped answering before the wait ended." });
    } catch {
      setPhase({ kind: "failed", sent, message: "The server could not be reached." });
    }
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <div>
        <h2 id={`${id}-title`} className="font-semibold text-slate-900">
          Send a test request
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          Prove the logging chain end to end: one request to this stage, then watch its lines arrive in the logs. Never
          automatic.
        </p>
      </div>
      {!offer.available ? (
        <p className="text-sm text-slate-700" data-testid="probe-unavailable">
          {offer.reason}
        </p>
      ) : (
        <>
          <div className="space-y-2 text-sm text-slate-700">
            <p>Log Doctor will send ONE request to this API, the only request it ever sends to your API:</p>
            <p
              className="rounded-md bg-slate-50 px-3 py-2 font-mono text-xs text-slate-900 ring-1 ring-inset ring-slate-200 wrap-anywhere"
              data-testid="probe-request"
            >
              {offer.method} {offer.url}
            </p>
            <ul className="list-disc space-y-1 pl-5">
              <li>No credentials, no AWS signature, no cookies and no body; it gives up after {timeoutS} s.</li>
              {offer.defaultPath && (
                <li>
                  <code className="font-mono text-xs">{defaultPath}</code> matches no route, so no integration runs (
                  {offer.apiType === "HTTP" ? "HTTP APIs answer 404" : "REST answers 403 Missing Authentication Token"}
                  ): this proves the access-log chain only. Execution logs need a request to a real route (
                  <code className="font-mono text-xs">log-doctor probe --path</code>).
                </li>
              )}
              <li>
                Then it searches this stage&apos;s log groups for the request id for up to {offer.waitS} s
                {offer.mode === "live"
                  ? " (logs:FilterLogEvents, read-only)."
                  : ", here in the log events recorded with this diagnosis (LOG_DOCTOR_PROBE_BASE_URL points the request at a stand-in API)."}
              </li>
            </ul>
          </div>
          {phase.kind === "idle" && (
            <Button
              onClick={() => {
                setPhase({ kind: "confirming" });
                requestAnimationFrame(() => confirmRef.current?.focus());
              }}
            >
              Send a test request
            </Button>
          )}
          {phase.kind === "confirming" && (
            <div
              role="group"
              aria-label="Confirm the test request"
              className="space-y-3 rounded-lg border border-amber-200 bg-amber-50 p-3"
            >
              <p className="text-sm text-amber-950">
                Send{" "}
                <span className="font-mono text-xs wrap-anywhere">
                  {offer.method} {offer.url}
                </span>{" "}
                now?
              </p>
              <div className="flex flex-wrap gap-2">
                <Button ref={confirmRef} onClick={send}>
                  Yes, send it
                </Button>
                <Button variant="secondary" onClick={() => setPhase({ kind: "idle" })}>
                  Cancel
                </Button>
              </div>
            </div>
          )}
          {phase.kind !== "idle" && phase.kind !== "confirming" && <Progress phase={phase} />}
          {(phase.kind === "done" || phase.kind === "failed") && (
            <Button variant="secondary" size="sm" onClick={() => setPhase({ kind: "confirming" })}>
              Send another
            </Button>
          )}
        </>
      )}
      <div className="border-t border-slate-200 pt-3">
        <p className="text-xs font-medium text-slate-700">Not supported</p>
        <ul className="mt-1 list-disc space-y-1 pl-5 text-xs text-slate-600">
          {limits.map((limit) => (
            <li key={limit}>{limit}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

function Progress({ phase }: { phase: Exclude<Phase, { kind: "idle" } | { kind: "confirming" }> }) {
  const sent = phase.sent;
  return (
    <div className="space-y-3" aria-live="polite" data-testid="probe-progress">
      {phase.kind === "running" && !sent && <p className="text-sm text-slate-700">Sending…</p>}
      {sent && (
        <p className="text-sm text-slate-700 wrap-anywhere">
          Sent. Answer: HTTP {sent.status}
          {sent.requestId ? `, request id ${sent.requestId} (${sent.header})` : ""}
        </p>
      )}
      {phase.kind === "running" && phase.watching && (
        <p className="text-sm text-slate-700">
          Watching the logs: {Math.round(phase.watching.elapsedMs / 1000)} s of{" "}
          {Math.round(phase.watching.waitMs / 1000)} s, waiting for{" "}
          {phase.watching.pending.map((k) => kindNames[k] ?? k).join(" and ")}…
        </p>
      )}
      {phase.kind === "failed" && (
        <p role="alert" className="text-sm text-red-700">
          {phase.message}
        </p>
      )}
      {phase.kind === "done" && (
        <>
          <p className="text-sm font-medium text-slate-900 wrap-anywhere" data-testid="probe-summary">
            {phase.result.summary}
          </p>
          <p className="text-xs text-slate-600">
            Searched the logs for {Math.round(phase.result.waitedMs / 1000)} s ({phase.result.polls} search
            {phase.result.polls === 1 ? "" : "es"}).
          </p>
          <ul className="space-y-3">
            {phase.result.kinds.map((kind) => (
              <li
                key={kind.kind}
                className="rounded-lg border border-slate-200 p-3"
                data-probe-kind={kind.kind}
                data-status={kind.status}
              >
                <p className="flex flex-wrap items-center gap-2">
                  <span className="font-medium text-slate-900">{kind.label}</span>
                  <span
                    className={cn("rounded-full px-2 py-0.5 text-xs font-medium ring-1 ring-inset", tone[kind.status])}
                  >
                    {kind.status === "arrived" ? kind.phrase : kind.phrase.split(" — ")[0]}
                  </span>
                </p>
                {kind.logGroupName && (
                  <p className="mt-1 text-xs text-slate-600 wrap-anywhere">log group {kind.logGroupName}</p>
                )}
                {kind.lines.length > 0 && (
                  <ul className="mt-2 space-y-2">
                    {kind.lines.map((line, i) => (
                      <LogLine key={i} line={line} />
                    ))}
                  </ul>
                )}
                {kind.why.length > 0 && (
                  <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
                    {kind.why.map((reason) => (
                      <li key={reason}>{reason}</li>
                    ))}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
