import { afterAll, beforeAll, expect, it } from "vitest";
import { describePostgres } from "@/testing/db/describe-postgres";
import { freshSchema } from "@/testing/db/test-database";
import { closeReportStores } from "@/lib/reports/default-store";
import { PostgresReportStore } from "@/lib/reports/postgres-store";
import { historyCapture } from "@/testing/reports/history-capture";
import { PostgresSourceStore } from "@/lib/sources/postgres-source-store";
import { loadCapture, loadDiagnosis, storeCapture } from "@/lib/sources/sources";
import { GET } from "./[id]/[format]/route";
import { POST } from "./route";

// The server's own code paths with DATABASE_URL set: the routes and the source store pick PostgreSQL, and a second
// server (another store object on the same schema) serves what the first saved. The schema travels in the URL, as a
// team can put it there too.
let schema: { url: string; schema: string; drop: () => Promise<void> } | undefined;
const previous = process.env.DATABASE_URL;

describePostgres("reports and uploads with DATABASE_URL", () => {
  beforeAll(async () => {
    schema = await freshSchema();
    process.env.DATABASE_URL = `${schema.url}?options=${encodeURIComponent(`-c search_path=${schema.schema}`)}`;
  });

  afterAll(async () => {
    await closeReportStores();
    if (previous === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = previous;
    await schema?.drop();
  });

  it("saves a report through POST /api/reports into PostgreSQL; after a restart the export route and a second server serve it", async () => {
    const response = await POST(
      new Request("http://127.0.0.1:3300/api/reports", {
        method: "POST",
        headers: { "content-type": "application/json", host: "127.0.0.1:3300", "x-requested-with": "log-doctor" },
        body: JSON.stringify({ from: "capture", capture: historyCapture(), title: "pets on postgres" }),
      }),
    );
    expect(response.status).toBe(201);
    const { id } = await response.json();

    await closeReportStores(); // a restart: the next request opens a new pool
    const exported = await GET(new Request(`http://127.0.0.1:3300/reports/${id}.json`), {
      params: Promise.resolve({ id, format: "json" }),
    });
    expect(exported.status).toBe(200);
    expect(await exported.json()).toMatchObject({ id, title: "pets on postgres", redacted: true });

    const secondServer = new PostgresReportStore({ url: schema!.url, schema: schema!.schema });
    try {
      expect((await secondServer.get(id))?.title).toBe("pets on postgres");
    } finally {
      await secondServer.close();
    }
  });

  it("keeps an upload in PostgreSQL, where a second server reads and diagnoses it", async () => {
    const info = await storeCapture(historyCapture(), { kind: "upload", label: "history.json" });
    expect((await loadDiagnosis(info.id))?.info).toEqual(info);
    const secondServer = new PostgresSourceStore({
      url: schema!.url,
      schema: schema!.schema,
      ttlMs: 60_000,
      maxBytes: 10_000_000,
      maxMemoryEntries: 1,
    });
    try {
      const stored = await secondServer.get(info.id);
      expect(stored?.meta).toMatchObject({
        id: info.id,
        kind: "upload",
        label: "history.json",
        expiresAt: info.expiresAt,
      });
      expect(stored?.capture).toEqual(await loadCapture(info.id));
      expect(stored?.capture.regions).toEqual(historyCapture().regions);
      expect(stored?.capture.calls).toHaveLength(historyCapture().calls.length);
    } finally {
      await secondServer.close();
    }
  });
});
