import type { Capture } from "../../capture/schema";
import { toEpochMs } from "../../capture/time";
import { runRunbookShared } from "../../runbook/coalesce";
import { DEMO_SOURCE_ID, isSourceId } from "../../sources/id";
import { profileOfStoredScan } from "../../sources/live-scan";
import { loadCapture, loadDiagnosis } from "../../sources/sources";
import type { LogWhere } from "./request-body";

type Env = Record<string, string | undefined>;

/**
 * Where a search's answers come from. `recorded`: the capture's own recorded searches (the demo account, an
 * upload, or a scan the server replayed), no AWS call. `live`: FilterLogEvents/GetLogEvents with the credentials
 * the scan used — only for live scans and runbook pages.
 */
export type ResolvedSource =
  | { mode: "recorded"; capture: Capture; now: number; note: string }
  | { mode: "live"; capture: Capture; profile: string | undefined; note: string; now?: () => number }
  | { mode: "refused"; status: number; message: string };

export async function resolveSource(where: LogWhere, env: Env = process.env): Promise<ResolvedSource> {
  if (where.source === "runbook") return runbookSource(where, env);
  if (!isSourceId(where.source)) return { mode: "refused", status: 400, message: "source is not a diagnosis id" };
  const loaded = await loadDiagnosis(where.source);
  const capture = loaded && (await loadCapture(where.source));
  if (!loaded || !capture)
    return {
      mode: "refused",
      status: 404,
      message: "This diagnosis is no longer available: uploads and scans are kept for 24 hours.",
    };
  const recorded = (note: string): ResolvedSource => ({
    mode: "recorded",
    capture,
    now: toEpochMs(capture.capturedAt) ?? Date.now(),
    note,
  });
  if (where.source === DEMO_SOURCE_ID)
    return recorded(
      "The demo account answers from its recorded log events; no AWS account is used. Ages are as of when it was recorded.",
    );
  if (loaded.info.kind === "upload") {
    return recorded(
      "An uploaded capture answers only from the searches recorded in it (log-doctor find-request --out writes them); no AWS account is used.",
    );
  }
  if (env.LOG_DOCTOR_SCAN_REPLAY)
    return recorded(
      "This server replays a recorded capture (LOG_DOCTOR_SCAN_REPLAY): answers come from its recorded log events.",
    );
  const profile = await profileOfStoredScan(where.source);
  if (profile === undefined) {
    return {
      mode: "refused",
      status: 409,
      message:
        "The server no longer knows which credentials made this scan (the scan is over a day old): open this stage's runbook page, which searches with the server's own credentials.",
    };
  }
  return {
    mode: "live",
    capture,
    profile: profile ?? undefined,
    note: `Searched live with ${profile ? `profile ${profile}` : "the server's default credentials"}, read-only.`,
  };
}

/** The runbook page's one-API scan (shared with the page itself, so a search right after it does not scan again). */
async function runbookSource(where: LogWhere, env: Env): Promise<ResolvedSource> {
  const outcome = await runRunbookShared({ region: where.region, apiId: where.apiId, stage: where.stage });
  switch (outcome.kind) {
    case "busy":
      return { mode: "refused", status: 429, message: outcome.message };
    case "no-credentials":
      return { mode: "refused", status: 503, message: `The server has no AWS credentials (${outcome.detail}).` };
    case "api-not-found":
      return {
        mode: "refused",
        status: 404,
        message: `There is no API ${where.apiId} in ${where.region}${outcome.account ? ` of account ${outcome.account}` : ""}.`,
      };
    case "stage-not-found":
      return {
        mode: "refused",
        status: 404,
        message: `API ${where.apiId} has no stage ${JSON.stringify(where.stage)}${outcome.stages.length ? `; its stages: ${outcome.stages.join(", ")}` : ""}.`,
      };
    case "diagnosed":
      return {
        mode: "live",
        capture: outcome.capture,
        profile: undefined,
        note: "Searched live with the server's credentials, read-only.",
        now: pinnedClock(env),
      };
  }
}

/** Whether "Search the logs" on a diagnosis of this kind reads live logs (the panel says which). */
export function searchesLive(kind: "demo" | "upload" | "scan", env: Env = process.env): boolean {
  return kind === "scan" && !env.LOG_DOCTOR_SCAN_REPLAY;
}

/**
 * `LOG_DOCTOR_RUNBOOK_NOW` pins the runbook scan's clock (tests and demos replaying a capture recorded then): the
 * searches that follow the scan use the same clock, so their window is the recorded one.
 */
function pinnedClock(env: Env): (() => number) | undefined {
  const pinned = env.LOG_DOCTOR_RUNBOOK_NOW ? Date.parse(env.LOG_DOCTOR_RUNBOOK_NOW) : NaN;
  return Number.isNaN(pinned) ? undefined : () => pinned;
}
