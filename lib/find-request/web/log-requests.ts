import { readLatestEvents } from "../../aws/latest-events";
import { searchLogs } from "../../aws/search-logs";
import type { Capture, CaptureCall } from "../../capture/schema";
import { analyze } from "../../engine/analyze";
import { readSameOriginJson } from "../../http/same-origin-json";
import { readModel } from "../../model/read-model";
import { busyMessage, takeLiveScanSlot } from "../../sources/live-scan-slots";
import { findRequest, locate, plannedSearches, type FindRequestResult } from "../find-request";
import { latestEvents, latestEventsRequests, type LatestKind } from "../latest-events";
import { filterPatternOf } from "../request-id";
import { MAX_LOG_REQUEST_BYTES, parseFindRequestBody, parseWhere, type LogWhere, type Parsed } from "./request-body";
import { resolveSource, type ResolvedSource } from "./resolve-source";

type Json = { status: number; body: unknown };

export interface FindRequestAnswer {
  result: FindRequestResult;
  note: string;
}

export interface LatestEventsAnswer {
  kinds: LatestKind[];
  now: number;
  note: string;
}

/** What a live read needs, swappable in tests. */
export interface LogReaders {
  search: typeof searchLogs;
  readLatest: typeof readLatestEvents;
}

const liveReaders: LogReaders = { search: searchLogs, readLatest: readLatestEvents };

/**
 * POST /api/find-request: the wizard's and the runbook page's "Find a request". Same-origin only (a live search
 * spends the account's FilterLogEvents quota); the body is checked before anything is read; the answer is
 * find-request's own result, explained the same way as on the command line.
 */
export async function findRequestRoute(request: Request, readers: LogReaders = liveReaders): Promise<Json> {
  const input = await readBody(request, parseFindRequestBody);
  if (!input.ok) return input.json;
  const body = input.value;
  const source = await usableSource(body);
  if ("json" in source) return source.json;
  let capture = source.capture;
  if (source.mode === "live") {
    const end = (source.now ?? Date.now)();
    const searches = plannedSearches(readModel(capture), body).flatMap((t) =>
      t.searchable
        ? [
            {
              region: t.region,
              logGroupName: t.logGroupName,
              filterPattern: filterPatternOf(body.requestId.id),
              startTime: end - body.sinceMs,
              endTime: end,
            },
          ]
        : [],
    );
    const calls = await live(() => readers.search({ profile: source.profile, searches }));
    if ("json" in calls) return calls.json;
    capture = { ...capture, calls: [...capture.calls, ...calls.value] };
  }
  const result = findRequest({
    capture,
    model: readModel(capture),
    diagnosis: analyze(capture).diagnosis,
    ...body,
    requestId: body.requestId,
  });
  if (!result) return notFound(body);
  return { status: 200, body: { result, note: source.note } satisfies FindRequestAnswer };
}

/** POST /api/latest-events: the newest few events of each log kind of a stage, with their age. */
export async function latestEventsRoute(request: Request, readers: LogReaders = liveReaders): Promise<Json> {
  const input = await readBody(request, parseWhere);
  if (!input.ok) return input.json;
  const where = input.value;
  const source = await usableSource(where);
  if ("json" in source) return source.json;
  let capture = source.capture;
  const now = source.mode === "recorded" ? source.now : (source.now ?? Date.now)();
  if (source.mode === "live") {
    const requests = latestEventsRequests(readModel(capture), where);
    const calls = await live(() => readers.readLatest({ profile: source.profile, requests }));
    if ("json" in calls) return calls.json;
    capture = { ...capture, calls: [...capture.calls, ...calls.value] };
  }
  const kinds = latestEvents({ ...where, capture, model: readModel(capture), now });
  if (!kinds) return notFound(where);
  return { status: 200, body: { kinds, now, note: source.note } satisfies LatestEventsAnswer };
}

async function readBody<T>(
  request: Request,
  parse: (json: unknown) => Parsed<T>,
): Promise<{ ok: true; value: T } | { ok: false; json: Json }> {
  const fail = (status: number, error: string) => ({ ok: false as const, json: { status, body: { error } } });
  const body = await readSameOriginJson(
    request,
    MAX_LOG_REQUEST_BYTES,
    "Logs can be searched from Log Doctor's own pages only.",
  );
  if (!body.ok) return fail(body.status, body.error);
  const parsed = parse(body.json);
  return parsed.ok ? parsed : fail(400, parsed.message);
}

async function usableSource(where: LogWhere): Promise<Exclude<ResolvedSource, { mode: "refused" }> | { json: Json }> {
  const source = await resolveSource(where);
  if (source.mode === "refused") return { json: { status: source.status, body: { error: source.message } } };
  if (!locate(readModel(source.capture), where)) return { json: notFound(where) };
  return source;
}

/** A live read takes one of the server's live-scan places, like a scan: it spends the same account's quotas. */
async function live(read: () => Promise<CaptureCall[]>): Promise<{ value: Capture["calls"] } | { json: Json }> {
  const release = takeLiveScanSlot();
  if (!release) return { json: { status: 429, body: { error: busyMessage() } } };
  try {
    return { value: await read() };
  } catch (error) {
    return { json: { status: 502, body: { error: `Could not read the logs: ${(error as Error).message}` } } };
  } finally {
    release();
  }
}

function notFound(where: LogWhere): Json {
  return {
    status: 404,
    body: {
      error: `API ${where.apiId} in ${where.region} has no stage ${JSON.stringify(where.stage)} in this diagnosis.`,
    },
  };
}
