import type { LogSearch } from "../aws/search-logs";
import type { Capture, CaptureCall } from "../capture/schema";
import type { Diagnosis } from "../diagnosis/types";
import { findRequest, plannedSearches, type FindRequestResult, type FoundLine } from "../find-request/find-request";
import { filterPatternOf, type RequestIdForm } from "../find-request/request-id";
import type { LogKindId } from "../find-request/targets";
import type { Model } from "../model/types";

export type ArrivalStatus = "arrived" | "not-arrived" | "could-not-search" | "not-searchable";

export interface ArrivalKind {
  kind: LogKindId;
  label: string;
  logGroupName: string | null;
  status: ArrivalStatus;
  /** From sending the probe to the search that first found its line; null unless arrived. */
  arrivedAfterMs: number | null;
  lines: FoundLine[];
  /** find-request's reasons: why it is not there, or why this kind could not be searched. */
  why: string[];
}

export interface ArrivalResult {
  kinds: ArrivalKind[];
  /** How long the searches ran after the probe was sent. */
  waitedMs: number;
  polls: number;
  /** The last answer of each group, explained by find-request. */
  find: FindRequestResult;
  /** The scan plus each group's last search, for --out. */
  capture: Capture;
}

export interface ArrivalInput {
  scanned: Capture;
  model: Model;
  diagnosis: Diagnosis;
  where: { region: string; apiId: string; stage: string };
  requestId: { id: string; form: RequestIdForm };
  /** Epoch ms at which the probe was sent. */
  sentAt: number;
  waitMs: number;
}

export interface ArrivalDeps {
  search: (searches: LogSearch[]) => Promise<CaptureCall[]>;
  now: () => number;
  sleep: (ms: number) => Promise<void>;
  onPoll?: (elapsedMs: number, pending: string[]) => void;
}

/**
 * Searches before the probe was sent as well: a log event carries the time API Gateway received the request, and
 * this machine's clock may run ahead of AWS's.
 */
const lookBackMs = 60_000;

/**
 * Every 2 s for the first half minute (events usually arrive within seconds), then every 5 s: with the stage's
 * two groups that stays under one FilterLogEvents request a second, well inside its quota of 5 per second per
 * account and region (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/cloudwatch_limits_cwl.html).
 */
export function pollIntervalMs(elapsedMs: number): number {
  return elapsedMs < 30_000 ? 2_000 : 5_000;
}

/**
 * Polls the stage's log groups with find-request's searches until the probe's id is in every log kind that
 * should record it, or the wait ends, and explains each kind with find-request's reasons. The clock and sleep are
 * injected so tests never wait.
 */
export async function watchArrival(input: ArrivalInput, deps: ArrivalDeps): Promise<ArrivalResult> {
  const targets = plannedSearches(input.model, input.where).filter((t) => t.searchable);
  const pattern = filterPatternOf(input.requestId.id);
  const lastCalls = new Map<LogKindId, CaptureCall[]>();
  const arrived = new Map<LogKindId, number>();
  const unsearchable = new Set<LogKindId>();
  const explain = () =>
    findRequest({
      capture: { ...input.scanned, calls: [...input.scanned.calls, ...[...lastCalls.values()].flat()] },
      model: input.model,
      diagnosis: input.diagnosis,
      ...input.where,
      requestId: input.requestId,
    });

  let polls = 0;
  for (;;) {
    // Canary groups hold only the share of requests the canary takes, so the wait does not hang on them.
    const pending = targets.filter((t) => !arrived.has(t.kind) && !unsearchable.has(t.kind));
    const elapsed = deps.now() - input.sentAt;
    if (!pending.some((t) => !t.kind.endsWith("-canary")) || elapsed >= input.waitMs) break;
    deps.onPoll?.(
      elapsed,
      pending.map((t) => t.kind),
    );
    await deps.sleep(Math.min(pollIntervalMs(elapsed), input.waitMs - elapsed));
    const end = deps.now();
    const calls = await deps.search(
      pending.map((t) => ({
        region: t.region,
        logGroupName: t.logGroupName,
        filterPattern: pattern,
        startTime: input.sentAt - lookBackMs,
        endTime: end,
      })),
    );
    polls++;
    for (const t of pending)
      lastCalls.set(
        t.kind,
        calls.filter((c) => c.region === t.region && c.input.logGroupName === t.logGroupName),
      );
    for (const kind of explain()?.kinds ?? []) {
      if (!pending.some((t) => t.kind === kind.kind)) continue;
      if (kind.status === "found") arrived.set(kind.kind, end - input.sentAt);
      if (kind.status === "could-not-search") unsearchable.add(kind.kind);
    }
  }

  const find = explain();
  if (!find) throw new Error(`stage ${input.where.stage} is not in the scan`);
  const kinds = find.kinds.map((kind): ArrivalKind => {
    const base = {
      kind: kind.kind,
      label: kind.label,
      logGroupName: kind.logGroupName,
      arrivedAfterMs: null,
      lines: kind.lines,
      why: kind.why,
    };
    if (kind.status === "found") return { ...base, status: "arrived", arrivedAfterMs: arrived.get(kind.kind) ?? null };
    if (kind.status === "could-not-search") return { ...base, status: "could-not-search" };
    if (kind.status === "not-searchable") return { ...base, status: "not-searchable" };
    return { ...base, status: "not-arrived" };
  });
  return {
    kinds,
    waitedMs: deps.now() - input.sentAt,
    polls,
    find,
    capture: { ...input.scanned, calls: [...input.scanned.calls, ...[...lastCalls.values()].flat()] },
  };
}
