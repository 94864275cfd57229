"use client";

import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { parseRequestId } from "@/lib/find-request/request-id";
import type { FindRequestAnswer, LatestEventsAnswer } from "@/lib/find-request/web/log-requests";
import { FindRequestResultView } from "./find-request-result";
import { LatestEventsView } from "./latest-events-view";

type Load<T> =
  { kind: "idle" } | { kind: "loading" } | { kind: "done"; value: T } | { kind: "failed"; message: string };

const windows = ["15m", "1h", "2h", "6h", "1d", "3d", "7d", "30d"];
const field =
  "rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700";

export interface LogSearchTarget {
  /** A diagnosis id (demo, upload, scan) or "runbook". */
  source: string;
  region: string;
  apiId: string;
  stage: string;
}

const jsonPost = (body: unknown): RequestInit => ({
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});

/** The server's answer, or its error message. Each caller names its own route (lib/probe/outbound-guard.test.ts). */
async function answerOf<T>(sent: () => Promise<Response>): Promise<Load<T>> {
  try {
    const response = await sent();
    const json = (await response.json().catch(() => ({}))) as { error?: string };
    if (!response.ok) return { kind: "failed", message: json.error ?? `The server answered ${response.status}.` };
    return { kind: "done", value: json as T };
  } catch {
    return { kind: "failed", message: "The server could not be reached." };
  }
}

/**
 * "Find a request" and "Latest events" for one stage, on demand only: each asks the server, which searches the
 * recorded events (demo, uploads) or the live logs (scans, runbook pages). `live` only changes the wording.
 */
export function LogSearchPanel({ target, live }: { target: LogSearchTarget; live: boolean }) {
  const [requestId, setRequestId] = useState("");
  const [since, setSince] = useState("2h");
  const [found, setFound] = useState<Load<FindRequestAnswer>>({ kind: "idle" });
  const [latest, setLatest] = useState<Load<LatestEventsAnswer>>({ kind: "idle" });
  const id = useId();

  const find = async (event: React.FormEvent) => {
    event.preventDefault();
    // The server checks it too; checked here first, a malformed id is explained at once, with no request.
    const parsed = parseRequestId(requestId);
    if (!parsed.ok) return setFound({ kind: "failed", message: parsed.message });
    setFound({ kind: "loading" });
    setFound(
      await answerOf<FindRequestAnswer>(() =>
        fetch("/api/find-request", jsonPost({ ...target, requestId, ...(live ? { since } : {}) })),
      ),
    );
  };
  const showLatest = async () => {
    setLatest({ kind: "loading" });
    setLatest(await answerOf<LatestEventsAnswer>(() => fetch("/api/latest-events", jsonPost(target))));
  };

  return (
    <section
      aria-labelledby={`${id}-title`}
      className="space-y-5 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <div>
        <h2 id={`${id}-title`} className="font-semibold text-slate-900">
          Search the logs
        </h2>
        <p className="mt-1 text-sm text-slate-600">
          {live
            ? "Reads this stage's log groups now, read-only (logs:FilterLogEvents, logs:GetLogEvents), only when you ask."
            : "Answers from the log events recorded with this diagnosis; no AWS account is used."}
        </p>
      </div>
      <form onSubmit={find} className="space-y-3" aria-label="Find a request">
        <h3 className="text-sm font-semibold text-slate-900">Find a request</h3>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
          <label className="flex min-w-0 flex-1 flex-col gap-1 text-sm text-slate-700">
            Request id
            <input
              value={requestId}
              onChange={(e) => setRequestId(e.target.value)}
              placeholder="x-amzn-RequestId or apigw-requestid value"
              autoComplete="off"
              spellCheck={false}
              maxLength={300}
              className={`${field} font-mono`}
              aria-describedby={`${id}-hint`}
            />
          </label>
          {/* Recorded events come with the window they were searched in: only a live search takes one. */}
          {live && (
            <label className="flex flex-col gap-1 text-sm text-slate-700">
              Since
              <select value={since} onChange={(e) => setSince(e.target.value)} className={field}>
                {windows.map((w) => (
                  <option key={w} value={w}>{`last ${w}`}</option>
                ))}
              </select>
            </label>
          )}
          <Button type="submit" disabled={found.kind === "loading" || requestId.trim() === ""}>
            {found.kind === "loading" ? "Searching…" : "Find it"}
          </Button>
        </div>
        <p id={`${id}-hint`} className="text-xs text-slate-500">
          The value of the response header x-amzn-RequestId (a UUID), apigw-requestid or x-amz-apigw-id (16 characters
          ending in =), or the whole header line.
        </p>
        {found.kind === "failed" && (
          <p role="alert" className="text-sm text-red-700">
            {found.message}
          </p>
        )}
        {found.kind === "done" && <FindRequestResultView result={found.value.result} note={found.value.note} />}
      </form>
      <div className="space-y-3 border-t border-slate-200 pt-4">
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h3 className="text-sm font-semibold text-slate-900">Latest events</h3>
          <Button variant="secondary" size="sm" onClick={showLatest} disabled={latest.kind === "loading"}>
            {latest.kind === "loading" ? "Reading…" : latest.kind === "done" ? "Read again" : "Show latest events"}
          </Button>
        </div>
        {latest.kind === "failed" && (
          <p role="alert" className="text-sm text-red-700">
            {latest.message}
          </p>
        )}
        {latest.kind === "done" && (
          <LatestEventsView kinds={latest.value.kinds} now={latest.value.now} note={latest.value.note} />
        )}
      </div>
    </section>
  );
}
