import { displayName, type Identity } from "../../auth/identity";
import { validateCapture } from "../../capture/parse-capture";
import type { Capture } from "../../capture/schema";
import { symptomNames } from "../../checks/registry";
import { analyze, type Analysis } from "../../engine/analyze";
import { readCappedText, sizeLabel } from "../../http/capped-body";
import { audit } from "../../ops/audit";
import { isSameOrigin } from "../../sources/same-origin";
import { saveReport } from "../create-report";
import type { StageFocus } from "../focus-stage";
import { recentScan } from "../../runbook/recent-scans";
import { ReportStoreFullError, type ReportStore } from "../store";
import { baseUrlFromHeaders, reportPath, reportUrl } from "../urls";
import { wizardReportSource } from "../wizard-source";
import { createReportBody, type CreateReportBody } from "./create-report-body";

/** Far above one API's or one account's diagnosis, far below what would hurt the server to parse. */
export const MAX_BODY_BYTES = 25 * 1024 * 1024;

const problem = (status: number, message: string) =>
  Response.json({ error: message }, { status, headers: { "Cache-Control": "no-store" } });

/** Saves a report from a JSON request; answers 201 with its id and path, or a 4xx naming what was wrong. */
export async function createReportResponse(
  request: Request,
  store: ReportStore,
  identity: Identity | null = null,
  env: Record<string, string | undefined> = process.env,
): Promise<Response> {
  if (!isSameOrigin(request)) return problem(403, "reports are saved from Log Doctor's own pages only");
  if (!(request.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json"))
    return problem(415, "send JSON (Content-Type: application/json)");
  const text = await readCappedText(request, MAX_BODY_BYTES);
  if (text === null)
    return problem(
      413,
      `the request is larger than ${sizeLabel(MAX_BODY_BYTES)}: a report request can be at most ${sizeLabel(MAX_BODY_BYTES)}`,
    );

  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return problem(400, "the request is not valid JSON");
  }
  const parsed = createReportBody.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return problem(400, `${issue.path.length > 0 ? `${issue.path.join(".")}: ` : ""}${issue.message}`);
  }

  const source = await sourceOf(parsed.data);
  if ("error" in source) return problem(source.status, source.error);
  const { title, redact, includeCapture, expiresInDays } = parsed.data;
  let report;
  try {
    report = await saveReport(store, { ...source, title, redact, includeCapture, expiresInDays });
  } catch (error) {
    // 507 Insufficient Storage: the request was fine, the server has no room for it.
    if (error instanceof ReportStoreFullError) return problem(507, error.message);
    throw error;
  }
  audit("report-save", identity ? displayName(identity) : undefined, {
    report: report.id,
    from: parsed.data.from ?? "capture",
    redacted: report.redacted,
  });
  return Response.json(
    // `url` is the link to share, on the same base as the exports' links (LOG_DOCTOR_BASE_URL or this request's origin).
    {
      id: report.id,
      path: reportPath(report.id),
      url: reportUrl(baseUrlFromHeaders(request.headers, env), report.id),
      title: report.title,
      redacted: report.redacted,
      expiresAt: report.expiresAt,
    },
    { status: 201, headers: { Location: reportPath(report.id), "Cache-Control": "no-store" } },
  );
}

type Source = { analysis: Analysis; capture: Capture | null; focus?: StageFocus };

async function sourceOf(body: CreateReportBody): Promise<Source | { status: number; error: string }> {
  const unknown = "symptoms" in body ? body.symptoms.find((symptom) => !symptomNames.includes(symptom)) : undefined;
  if (unknown !== undefined) return { status: 400, error: `unknown symptom ${JSON.stringify(unknown)}` };
  if (body.from === "runbook") {
    const scan = recentScan(body.scan);
    return (
      scan ?? {
        status: 410,
        error: "this runbook scan is no longer held by the server; reload the runbook page and save again",
      }
    );
  }
  if (body.from === "source") {
    const source = await wizardReportSource(body.source, body.symptoms, body.includeCapture, body.stage);
    if (source) return source;
    return body.stage
      ? {
          status: 404,
          error:
            "this stage is not in the diagnosis, or the diagnosis is no longer available (uploads and scans are kept for 24 hours)",
        }
      : {
          status: 404,
          error: "this diagnosis is no longer available (uploads and scans are kept for 24 hours); run it again",
        };
  }
  const capture = validateCapture(body.capture);
  if (!capture.ok) return { status: 400, error: `capture: ${capture.error}` };
  return { analysis: analyze(capture.capture, { symptoms: body.symptoms }), capture: capture.capture };
}
