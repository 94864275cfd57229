import Database from "better-sqlite3";
import { request as httpRequest } from "node:http";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { verdictLabels } from "../../lib/diagnosis/labels";
import type { Verdict } from "../../lib/diagnosis/types";
import type { Report } from "../../lib/reports/report";

export interface VerdictRow {
  region: string;
  api: string;
  stage: string;
  execution: string;
  access: string;
}

/** Saves a report through the API the wizard and runbook pages use; answers with its id. */
export async function saveReport(
  request: APIRequestContext,
  body: Record<string, unknown>,
  baseURL?: string,
): Promise<string> {
  const response = await request.post(`${baseURL ?? ""}/api/reports`, {
    data: body,
    headers: { "content-type": "application/json", "x-requested-with": "log-doctor" },
  });
  if (response.status() !== 201)
    throw new Error(`saving a report answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** The report's row as the web server stored it, every column (in the run's E2E_DATA_DIR). */
export function reportRow(id: string, dataDir = process.env.E2E_DATA_DIR!): Record<string, unknown> | undefined {
  const db = new Database(path.join(dataDir, "reports.sqlite"), { readonly: true, fileMustExist: true });
  try {
    return db.prepare("SELECT * FROM reports WHERE id = ?").get(id) as Record<string, unknown> | undefined;
  } finally {
    db.close();
  }
}

/** Sets a stored report's expiry in the past, as if its time had come. */
export function expireReport(id: string, dataDir = process.env.E2E_DATA_DIR!): void {
  const db = new Database(path.join(dataDir, "reports.sqlite"), { timeout: 10_000 });
  try {
    db.prepare("UPDATE reports SET expires_at = ? WHERE id = ?").run(Date.now() - 1000, id);
  } finally {
    db.close();
  }
}

/** A GET with the path sent exactly as given: no client-side `..` resolution or re-encoding. */
export function rawGet(baseURL: string, rawPath: string): Promise<{ status: number; body: string; location?: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = httpRequest({ hostname, port, path: rawPath, method: "GET" }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, location: res.headers.location }));
    });
    req.on("error", reject);
    req.end();
  });
}

/** An API whose stages could not be read is one row with no stage and no verdicts, in every form below. */
const unreadable = (region: string, api: string): VerdictRow => ({ region, api, stage: "", execution: "", access: "" });

/** The JSON export's stages and verdicts, and the checks of its findings that did not pass. */
export function jsonExportFacts(report: Report): { rows: VerdictRow[]; checks: string[] } {
  const rows = report.diagnosis.apis.flatMap((api) =>
    api.stages === null
      ? [unreadable(api.region, api.id)]
      : api.stages.map((stage) => ({
          region: api.region,
          api: api.id,
          stage: stage.name,
          execution: stage.execution.verdict,
          access: stage.access.verdict,
        })),
  );
  const checks = [...new Set(report.diagnosis.findings.filter((f) => f.status !== "pass").map((f) => f.check))].sort();
  return { rows, checks };
}

const verdictOfLabel = new Map(Object.entries(verdictLabels).map(([verdict, label]) => [label, verdict as Verdict]));

/** The Markdown export's verdict table and the check ids it names outside the table. */
export function markdownExportFacts(markdown: string): { rows: VerdictRow[]; checks: string[] } {
  const lines = markdown.split("\n");
  const rows = lines
    .filter((line) => /^\| [a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\d \|/.test(line))
    // Cells split on unescaped pipes (names escape theirs as \|); empty cells stay cells.
    .map((line) =>
      line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((cell) => cell.trim()),
    )
    .filter((cells) => cells.length === 7)
    .map(([region, api, , stage, execution, access]) => {
      const id = /\(([a-z0-9]{10})\)$/.exec(api)?.[1] ?? api;
      if (execution === "stages could not be read") return unreadable(region, id);
      return {
        region,
        api: id,
        stage,
        execution: verdictOfLabel.get(execution) ?? execution,
        access: verdictOfLabel.get(access) ?? access,
      };
    });
  const checks = new Set(
    lines
      .filter((line) => !line.startsWith("|"))
      .flatMap((line) => [...line.matchAll(/`([a-z0-9-]+\.[a-z0-9-]+)`/g)].map((m) => m[1])),
  );
  return { rows, checks: [...checks].sort() };
}
