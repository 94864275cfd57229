"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { formatUtc } from "@/lib/text/format";
import { loopbackWarning } from "@/lib/reports/urls";
import { CopyButton } from "../ui/copy-button";

type State =
  | { kind: "idle" }
  | { kind: "saving" }
  | { kind: "saved"; url: string; expiresAt: string | null }
  | { kind: "failed"; message: string };

// No choice (null) takes the server's default expiry (LOG_DOCTOR_REPORT_EXPIRY_DAYS); the saved line says which it was.
const expiries = [
  { days: null, label: "Server default" },
  { days: 1, label: "1 day" },
  { days: 7, label: "7 days" },
  { days: 30, label: "30 days" },
  { days: 90, label: "90 days" },
] as const;

const field =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700";

/**
 * Saves a report through `POST /api/reports` (the server makes the diagnosis; `body` says from what) and shows the
 * link to share. Redaction is on unless the user turns it off; title, capture and expiry are offered where they fit.
 */
export function SaveReportForm({
  body,
  submit,
  more = false,
  baseUrl,
}: {
  body: Record<string, unknown>;
  submit: string;
  more?: boolean;
  baseUrl?: string;
}) {
  const [redact, setRedact] = useState(true);
  const [includeCapture, setIncludeCapture] = useState(false);
  const [title, setTitle] = useState("");
  const [expiry, setExpiry] = useState(0);
  const [state, setState] = useState<State>({ kind: "idle" });
  const id = useId();
  const done = state.kind === "saved";
  // The saved link is the server's own answer (its canonical base); before saving, the base the page was given.
  const warning = loopbackWarning(state.kind === "saved" ? state.url : (baseUrl ?? ""));

  const save = async () => {
    setState({ kind: "saving" });
    const options = more
      ? { title: title.trim() || undefined, includeCapture, expiresInDays: expiries[expiry].days }
      : {};
    try {
      const response = await fetch("/api/reports", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ ...body, redact, ...options }),
      });
      const answer = (await response.json()) as {
        path?: string;
        url?: string;
        error?: string;
        expiresAt?: string | null;
      };
      setState(
        response.ok && answer.path
          ? {
              kind: "saved",
              url: answer.url ?? new URL(answer.path, window.location.origin).href,
              expiresAt: answer.expiresAt ?? null,
            }
          : { kind: "failed", message: answer.error ?? `the server answered ${response.status}` },
      );
    } catch {
      setState({ kind: "failed", message: "the server could not be reached" });
    }
  };

  return (
    <div className="space-y-3">
      {warning && (
        <p
          role="note"
          data-testid="loopback-warning"
          className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 [overflow-wrap:anywhere]"
        >
          <strong className="font-semibold">A colleague cannot open this link.</strong>{" "}
          {warning.split("LOG_DOCTOR_BASE_URL").map((part, i) => (
            <span key={i}>
              {i > 0 && <code className="font-mono text-[13px]">LOG_DOCTOR_BASE_URL</code>}
              {part}
            </span>
          ))}
        </p>
      )}
      {more && (
        <div className="flex flex-wrap gap-4">
          <label className="flex min-w-64 flex-1 flex-col gap-1 text-sm text-slate-700">
            Title (optional)
            <input
              type="text"
              value={title}
              maxLength={200}
              disabled={done}
              onChange={(e) => setTitle(e.target.value)}
              className={field}
            />
          </label>
          <label className="flex flex-col gap-1 text-sm text-slate-700">
            Link expires
            <select
              value={expiry}
              disabled={done}
              onChange={(e) => setExpiry(Number(e.target.value))}
              className={field}
            >
              {expiries.map((option, i) => (
                <option key={option.label} value={i}>
                  {option.label}
                </option>
              ))}
            </select>
          </label>
        </div>
      )}
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <Button onClick={save} disabled={state.kind === "saving" || done}>
          {state.kind === "saving" ? "Saving…" : submit}
        </Button>
        <label htmlFor={`${id}-redact`} className="flex items-center gap-2 text-sm text-slate-700">
          <input
            id={`${id}-redact`}
            type="checkbox"
            checked={redact}
            disabled={done}
            onChange={(e) => setRedact(e.target.checked)}
            className="size-4 accent-teal-700"
          />
          Mask account ids, access keys, IP addresses and principal names
        </label>
        {more && (
          <label htmlFor={`${id}-capture`} className="flex items-center gap-2 text-sm text-slate-700">
            <input
              id={`${id}-capture`}
              type="checkbox"
              checked={includeCapture}
              disabled={done}
              onChange={(e) => setIncludeCapture(e.target.checked)}
              className="size-4 accent-teal-700"
            />
            Include the capture (the recorded AWS responses)
          </label>
        )}
      </div>
      <div role="status" className="text-sm text-slate-700">
        {state.kind === "saved" && (
          <p className="flex flex-wrap items-center gap-2">
            Report saved:{" "}
            <a href={state.url} className="font-medium text-teal-800 underline [overflow-wrap:anywhere]">
              {state.url}
            </a>
            <CopyButton text={state.url} className="print:hidden" label="Copy the report's link">
              Copy link
            </CopyButton>
            <span className="text-slate-600">
              {state.expiresAt ? `(expires ${formatUtc(state.expiresAt)})` : "(kept until deleted)"}
            </span>
          </p>
        )}
        {state.kind === "failed" && <p className="text-red-800">Could not save the report: {state.message}</p>}
      </div>
    </div>
  );
}
