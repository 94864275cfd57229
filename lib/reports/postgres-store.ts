import { PostgresDatabase, type PostgresOptions } from "../db/postgres";
import { isReportId, newReportId } from "./id";
import { REPORT_KIND, type NewReport, type Report, type ReportContent } from "./report";
import type { ReportStore } from "./store";

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
}

/**
 * Reports in PostgreSQL (`DATABASE_URL`), for a team's server: one row per report with the snapshot as JSON text, the
 * same shape as the SQLite store. Every replica on the database serves every report; a save is one INSERT.
 */
export class PostgresReportStore implements ReportStore {
  private readonly db: PostgresDatabase;
  private readonly now: () => number;

  constructor(options: PostgresReportStoreOptions) {
    this.db = new PostgresDatabase(options);
    this.now = options.now ?? Date.now;
  }

  /** Resolves once the schema is migrated; rejects with the reason the database cannot be used. */
  ready(): Promise<void> {
    return this.db.ready();
  }

  async save(report: NewReport): Promise<Report> {
    const content: ReportContent = { diagnosis: report.diagnosis, timeline: report.timeline, capture: report.capture };
    const row: Omit<Row, "id"> = {
      title: report.title,
      created_at: timeOf(report.createdAt, "createdAt"),
      expires_at: report.expiresAt === null ? null : timeOf(report.expiresAt, "expiresAt"),
      engine_version: report.engineVersion,
      redacted: report.redacted,
      body: JSON.stringify(content),
    };
    await this.db.ready();
    // A collision of 128 random bits will not happen; if the primary key ever says otherwise, draw again.
    for (let attempt = 0; ; attempt += 1) {
      const id = newReportId();
      try {
        await this.db.pool.query(
          "INSERT INTO reports (id, title, created_at, expires_at, engine_version, redacted, body) VALUES ($1, $2, $3, $4, $5, $6, $7)",
          [id, row.title, row.created_at, row.expires_at, row.engine_version, row.redacted, row.body],
        );
        return reportOf({ id, ...row });
      } catch (error) {
        if ((error as { code?: string }).code !== "23505" || attempt >= 3) throw error;
      }
    }
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
    const result = await this.db.pool.query("DELETE FROM reports WHERE expires_at IS NOT NULL AND expires_at <= $1", [new Date(this.now())]);
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
    capture: content.capture ?? null,
  };
}
