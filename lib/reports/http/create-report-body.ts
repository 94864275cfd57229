import { z } from "zod";
import { MAX_TITLE_LENGTH } from "../create-report";
import { MAX_EXPIRY_DAYS } from "../report-limits";
import { REPORT_ID_PATTERN } from "../id";

const common = {
  title: z
    .string()
    .max(MAX_TITLE_LENGTH * 4)
    .optional(),
  redact: z.boolean().default(true),
  includeCapture: z.boolean().default(false),
  expiresInDays: z.number().int().min(1).max(MAX_EXPIRY_DAYS).nullable().default(null),
};

/**
 * `POST /api/reports`. The server makes the diagnosis itself — from a capture, a wizard source (demo, upload or live scan) or a runbook scan
 * it holds — so a report always shows what the engine concluded, never a Diagnosis a client composed.
 */
export const createReportBody = z.discriminatedUnion("from", [
  z.strictObject({
    from: z.literal("capture"),
    capture: z.unknown(),
    symptoms: z.array(z.string().max(64)).max(20).default([]),
    ...common,
  }),
  z.strictObject({
    from: z.literal("source"),
    source: z.string().max(64),
    symptoms: z.array(z.string().max(64)).max(20).default([]),
    /** Only this stage: the stage page's "Share this stage". */
    stage: z
      .strictObject({ region: z.string().max(64), apiId: z.string().max(128), stage: z.string().max(256) })
      .optional(),
    ...common,
  }),
  z.strictObject({
    from: z.literal("runbook"),
    scan: z.string().regex(REPORT_ID_PATTERN, "scan must be a runbook scan token"),
    ...common,
  }),
]);

export type CreateReportBody = z.infer<typeof createReportBody>;
