import { z } from "zod";
import { API_ID_PATTERN, REGION_PATTERN, STAGE_PATTERN } from "../../runbook/target";
import { parseRequestId, type ParsedRequestId } from "../request-id";
import { defaultSince, sinceMs } from "../since";

/** A find-request or latest-events request body is a few short fields. */
export const MAX_LOG_REQUEST_BYTES = 4 * 1024;

/** Where to look: a diagnosis the server holds (demo, upload, scan) by its id, or "runbook" (a live one-API scan). */
const whereSchema = z.object({
  source: z.string().max(32),
  region: z.string().regex(REGION_PATTERN, "is not an AWS region name"),
  apiId: z.string().regex(API_ID_PATTERN, "is not an API id (10 lower-case letters and digits)"),
  stage: z.string().regex(STAGE_PATTERN, "is not a stage name"),
});

export type LogWhere = z.infer<typeof whereSchema>;
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseWhere(json: unknown): Parsed<LogWhere> {
  const parsed = whereSchema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, message: issue.path.length ? `${issue.path.join(".")} ${issue.message}` : issue.message };
}

export interface FindRequestBody extends LogWhere {
  requestId: Extract<ParsedRequestId, { ok: true }>;
  sinceMs: number;
}

export function parseFindRequestBody(json: unknown): Parsed<FindRequestBody> {
  const where = parseWhere(json);
  if (!where.ok) return where;
  const fields = json as Record<string, unknown>;
  const requestId = parseRequestId(typeof fields.requestId === "string" ? fields.requestId.slice(0, 300) : "");
  if (!requestId.ok) return { ok: false, message: requestId.message };
  const since = typeof fields.since === "string" ? fields.since : defaultSince;
  const ms = sinceMs(since);
  if (ms === null)
    return {
      ok: false,
      message: `${JSON.stringify(since.slice(0, 20))} is not a window from 1m to 30d, like 15m, 2h or 3d`,
    };
  return { ok: true, value: { ...where.value, requestId, sinceMs: ms } };
}
