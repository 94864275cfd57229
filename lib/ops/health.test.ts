import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { describePostgres } from "../../testing/db/describe-postgres";
import { freshSchema } from "../../testing/db/test-database";
import { closeReportStores } from "../reports/default-store";
import { healthResponse } from "./health";

afterAll(() => closeReportStores());

describe("GET /api/health on SQLite", () => {
  let dir: string;
  beforeAll(() => void (dir = mkdtempSync(path.join(tmpdir(), "health-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("answers 200 when the database answers", async () => {
    const response = await healthResponse({ LOG_DOCTOR_DATA_DIR: dir });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", database: "sqlite" });
  });

  it("answers 503 without the reason when the database fails (the reason goes to the server log)", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const broken = {
      get: async () => Promise.reject(new Error("password authentication failed for user x")),
      save: vi.fn(),
      deleteExpired: vi.fn(),
      close: vi.fn(),
    };
    const response = await healthResponse({ DATABASE_URL: "postgres://x@db/logdoctor" }, broken);
    expect(response.status).toBe(503);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ status: "unavailable", database: "postgresql" });
    expect(error.mock.calls[0][0]).toContain("password authentication failed");
    error.mockRestore();
  });
});

describePostgres("GET /api/health on PostgreSQL", () => {
  let schema: Awaited<ReturnType<typeof freshSchema>> | undefined;
  beforeAll(async () => void (schema = await freshSchema()));
  afterAll(async () => {
    await closeReportStores();
    await schema?.drop();
  });

  it("answers 200 from a real server, and 503 when nothing listens at DATABASE_URL", async () => {
    const url = `${schema!.url}?options=${encodeURIComponent(`-c search_path=${schema!.schema}`)}`;
    const ok = await healthResponse({ DATABASE_URL: url });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: "ok", database: "postgresql" });
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const down = await healthResponse({ DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" });
    error.mockRestore();
    expect(down.status).toBe(503);
  });
});
