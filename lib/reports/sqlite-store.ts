import Database from "better-sqlite3";
import { closeSync, mkdirSync, openSync } from "node:fs";
import path from "node:path";
import { sizeLabel } from "../http/capped-body";
import { isReportId, newReportId } from "./id";
import { REPORT_KIND, type NewReport, type Report, type ReportContent } from "./report";
import { ReportStoreFullError, type ReportStore } from "./store";

/** Bumped with each change to the table below; a newer file is refused rather than misread. */
const SCHEMA_VERSION = 1;

const schema = `
  CREATE TABLE IF NOT EXISTS reports (
    id TEXT PRIMARY KEY NOT NULL CHECK (length(id) = 22),
    title TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER,
    engine_version TEXT NOT NULL,
    redacted INTEGER NOT NULL CHECK (redacted IN (0, 1)),
    body TEXT NOT NULL
  ) STRICT;
  CREATE INDEX IF NOT EXISTS reports_expires_at ON reports (expires_at) WHERE expires_at IS NOT NULL;
`;

interface Row {
  id: string;
  title: string;
  created_at: number;
  expires_at: number | null;
  engine_version: string;
  redacted: number;
  body: string;
}

export interface SqliteReportStoreOptions {
  /** The clock expiry is judged by; tests move it. */
  now?: () => number;
  /** The most the database may hold (pages in use, WAL aside); a save past it fails with ReportStoreFullError. */
  maxBytes?: number;
}

/**
 * Reports in one SQLite file: one row per report, the snapshot as JSON in `body`. WAL mode lets the web server
 * read while the CLI (another process) saves; each save is a single INSERT, so concurrent saves never interleave,
 * and a writer waits up to `busy_timeout` for another's lock instead of failing.
 */
export class SqliteReportStore implements ReportStore {
  private readonly db: Database.Database;
  private readonly now: () => number;
  private readonly maxBytes: number;
  private readonly insert: Database.Statement<[Row]>;
  private readonly select: Database.Statement<[string, number], Row>;
  private readonly purge: Database.Statement<[number]>;

  constructor(file: string, options: SqliteReportStoreOptions = {}) {
    this.now = options.now ?? Date.now;
    this.maxBytes = options.maxBytes ?? Infinity;
    createPrivately(file);
    this.db = new Database(file, { timeout: 10_000 });
    try {
      this.db.pragma("journal_mode = WAL");
      this.db.pragma("synchronous = NORMAL");
      this.db.pragma("foreign_keys = ON");
      this.migrate();
    } catch (error) {
      this.db.close();
      throw error;
    }
    this.insert = this.db.prepare(
      "INSERT INTO reports (id, title, created_at, expires_at, engine_version, redacted, body) VALUES (@id, @title, @created_at, @expires_at, @engine_version, @redacted, @body)",
    );
    this.select = this.db.prepare("SELECT * FROM reports WHERE id = ? AND (expires_at IS NULL OR expires_at > ?)");
    this.purge = this.db.prepare("DELETE FROM reports WHERE expires_at IS NOT NULL AND expires_at <= ?");
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
      redacted: report.redacted ? 1 : 0,
      body: JSON.stringify(content),
    };
    this.makeRoom(Buffer.byteLength(row.body) + Buffer.byteLength(row.title));
    // A collision of 128 random bits will not happen; if the primary key ever says otherwise, draw again.
    for (let attempt = 0; ; attempt += 1) {
      const id = newReportId();
      try {
        this.insert.run({ id, ...row });
        return reportOf({ id, ...row });
      } catch (error) {
        if ((error as { code?: string }).code !== "SQLITE_CONSTRAINT_PRIMARYKEY" || attempt >= 3) throw error;
      }
    }
  }

  /** Bytes the database's pages in use hold now: what the size limit is judged by. */
  usedBytes(): number {
    const pages = this.db.pragma("page_count", { simple: true }) as number;
    const free = this.db.pragma("freelist_count", { simple: true }) as number;
    return (pages - free) * (this.db.pragma("page_size", { simple: true }) as number);
  }

  /** Expired reports go first; if the new one still does not fit under the limit, nothing is written. */
  private makeRoom(incoming: number): void {
    if (this.maxBytes === Infinity) return;
    if (this.usedBytes() + incoming > this.maxBytes) this.purge.run(this.now());
    const used = this.usedBytes();
    if (used + incoming > this.maxBytes) {
      throw new ReportStoreFullError(
        `the report store is full: it holds ${sizeLabel(used)} of its ${sizeLabel(this.maxBytes)} limit and this report needs ${sizeLabel(incoming)} (reports expire after LOG_DOCTOR_REPORT_EXPIRY_DAYS; LOG_DOCTOR_REPORTS_MAX_MB raises the limit)`,
      );
    }
  }

  async get(id: string): Promise<Report | null> {
    if (!isReportId(id)) return null;
    const row = this.select.get(id, this.now());
    return row ? reportOf(row) : null;
  }

  async deleteExpired(): Promise<number> {
    return this.purge.run(this.now()).changes;
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private migrate(): void {
    this.db
      .transaction(() => {
        const version = this.db.pragma("user_version", { simple: true }) as number;
        if (version > SCHEMA_VERSION) {
          throw new Error(
            `the report database was written by a newer Log Doctor (schema ${version}, this one reads ${SCHEMA_VERSION})`,
          );
        }
        if (version < SCHEMA_VERSION) {
          this.db.exec(schema);
          this.db.pragma(`user_version = ${SCHEMA_VERSION}`);
        }
      })
      .immediate();
  }
}

/** Reports are capabilities: the directory and the file are readable by this user only. */
function createPrivately(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, "a", 0o600));
}

function timeOf(iso: string, field: string): number {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) throw new RangeError(`${field} is not a valid time: ${JSON.stringify(iso)}`);
  return ms;
}

function reportOf(row: Row): Report {
  const content = JSON.parse(row.body) as ReportContent;
  return {
    kind: REPORT_KIND,
    version: 1,
    id: row.id,
    title: row.title,
    createdAt: new Date(row.created_at).toISOString(),
    expiresAt: row.expires_at === null ? null : new Date(row.expires_at).toISOString(),
    engineVersion: row.engine_version,
    redacted: row.redacted === 1,
    diagnosis: content.diagnosis,
    timeline: content.timeline ?? null,
    // Absent in reports saved before log places existed (and in NewReports that did not set it): kept absent.
    ...(content.logs !== undefined ? { logs: content.logs } : {}),
    capture: content.capture ?? null,
    ...(content.focus ? { focus: content.focus } : {}),
  };
}
