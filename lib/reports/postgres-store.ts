import type { PoolClient } from "pg";
import { PostgresDatabase, type PostgresOptions } from "../db/postgres";
import { sizeLabel } from "../http/capped-body";
import { isReportId, newReportId } from "./id";
import { REPORT_KIND, type NewReport, type Report, type ReportContent } from "./report";
import { ReportStoreFullError, type ReportStore } from "./store";

interface Row {
  id: string;
  title: string;
  created_at: Date;
  expires_at: Date | null;
  engine_version: string;
  redacted: boolean;
  body: string;
}

export interface PostgresReportStoreOptions extends PostgresOptions {
  /** The clock expiry is judged by; tests move it. */
  now?: () => number;
  /** The most the reports' titles and bodies may hold together; a save past it fails with ReportStoreFullError. */
  maxBytes?: number;
}

/**
 * Reports in PostgreSQL (`DATABASE_URL`), for a team's server: one row per report with the snapshot as JSON text, the
 * same shape as the SQLite store. Every replica on the database serves every report. The size limit counts the bytes
 * of titles and bodies (not pages, as SQLite does); saves take turns under an advisory lock so two replicas cannot
 * both decide there is room.
 */
export class PostgresReportStore implements ReportStore {
  private readonly db: PostgresDatabase;
  private readonly now: () => number;
  private readonly maxBytes: number;

  constructor(options: PostgresReportStoreOptions) {
    this.db = new PostgresDatabase(options);
    this.now = options.now ?? Date.now;
    this.maxBytes = options.maxBytes ?? Infinity;
  }

  /** Resolves once the schema is migrated; rejects with the reason the database cannot be used. */
  ready(): Promise<void> {
    return this.db.ready();
  }

  async save(report: NewReport): Promise<Report> {
    const content: ReportContent = {
      diagnosis: report.diagnosis,
      timeline: report.timeline,
      logs: report.logs,
      capture: report.capture,
      ...(report.focus ? { focus: report.focus } : {}),
    };
    const row: Omit<Row, "id"> = {
      title: report.title,
      created_at: timeOf(report.createdAt, "createdAt"),
      expires_at: report.expiresAt === null ? null : timeOf(report.expiresAt, "expiresAt"),
      engine_version: report.engineVersion,
      redacted: report.redacted,
      body: JSON.stringify(content),
    };
    const incoming = Buffer.byteLength(row.body) + Buffer.byteLength(row.title);
    await this.db.ready();
    const client = await this.db.pool.connect();
    let full: ReportStoreFullError | null = null;
    try {
      await client.query("BEGIN");
      if (this.maxBytes !== Infinity)
        await client.query("SELECT pg_advisory_xact_lock(hashtext(current_schema() || '.reports'))");
      full = await this.makeRoom(client, incoming);
      let id = "";
      // A collision of 128 random bits will not happen; if the primary key ever says otherwise, draw again.
      for (let attempt = 0; !full && !id; attempt += 1) {
        if (attempt > 3) throw new Error("could not draw an unused report id");
        const candidate = newReportId();
        const inserted = await client.query(
          "INSERT INTO reports (id, title, created_at, expires_at, engine_version, redacted, body) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (id) DO NOTHING",
          [candidate, row.title, row.created_at, row.expires_at, row.engine_version, row.redacted, row.body],
        );
        if (inserted.rowCount === 1) id = candidate;
      }
      // A full store still keeps the expired reports it deleted to make room.
      await client.query("COMMIT");
      if (full) throw full;
      return reportOf({ id, ...row });
    } catch (error) {
      if (error !== full) await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  /** Expired reports go first; the error when the new one still does not fit under the limit, else null. */
  private async makeRoom(client: PoolClient, incoming: number): Promise<ReportStoreFullError | null> {
    if (this.maxBytes === Infinity) return null;
    const used = async () =>
      Number(
        (
          await client.query<{ used: string }>(
            "SELECT coalesce(sum(octet_length(body) + octet_length(title)), 0) AS used FROM reports",
          )
        ).rows[0].used,
      );
    let bytes = await used();
    if (bytes + incoming <= this.maxBytes) return null;
    await client.query("DELETE FROM reports WHERE expires_at IS NOT NULL AND expires_at <= $1", [new Date(this.now())]);
    bytes = await used();
    if (bytes + incoming <= this.maxBytes) return null;
    return new ReportStoreFullError(
      `the report store is full: it holds ${sizeLabel(bytes)} of its ${sizeLabel(this.maxBytes)} limit and this report needs ${sizeLabel(incoming)} (reports expire after LOG_DOCTOR_REPORT_EXPIRY_DAYS; LOG_DOCTOR_REPORTS_MAX_MB raises the limit)`,
    );
  }

  async get(id: string): Promise<Report | null> {
    if (!isReportId(id)) return null;
    await this.db.ready();
    const { rows } = await this.db.pool.query<Row>(
      "SELECT * FROM reports WHERE id = $1 AND (expires_at IS NULL OR expires_at > $2)",
      [id, new Date(this.now())],
    );
    return rows[0] ? reportOf(rows[0]) : null;
  }

  async deleteExpired(): Promise<number> {
    await this.db.ready();
    const result = await this.db.pool.query("DELETE FROM reports WHERE expires_at IS NOT NULL AND expires_at <= $1", [
      new Date(this.now()),
    ]);
    return result.rowCount ?? 0;
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

function timeOf(iso: string, field: string): Date {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new RangeError(`${field} is not a valid time: ${JSON.stringify(iso)}`);
  return new Date(ms);
}

function reportOf(row: Row): Report {
  const content = JSON.parse(row.body) as ReportContent;
  return {
    kind: REPORT_KIND,
    version: 1,
    id: row.id,
    title: row.title,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at === null ? null : row.expires_at.toISOString(),
    engineVersion: row.engine_version,
    redacted: row.redacted,
    diagnosis: content.diagnosis,
    timeline: content.timeline ?? null,
    // Absent in reports saved before log places existed (and in NewReports that did not set it): kept absent.
    ...(content.logs !== undefined ? { logs: content.logs } : {}),
    capture: content.capture ?? null,
    ...(content.focus ? { focus: content.focus } : {}),
  };
}
