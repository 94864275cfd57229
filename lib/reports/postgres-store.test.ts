import { expect, it } from "vitest";
import { MIGRATIONS, SCHEMA_VERSION } from "../db/migrations";
import { describePostgres } from "../../testing/db/describe-postgres";
import { admin, freshSchema } from "../../testing/db/test-database";
import { PostgresReportStore } from "./postgres-store";
import { ReportStoreFullError } from "./store";
import { describeReportStore } from "../../testing/reports/report-store-contract";
import { sampleReport } from "../../testing/reports/sample-report";

describePostgres("PostgresReportStore", () => {
  describeReportStore("PostgresReportStore", async () => {
    const { url, schema, drop } = await freshSchema();
    return { open: (now, maxBytes) => new PostgresReportStore({ url, schema, now, maxBytes }), dispose: drop };
  });

  it("migrates an empty database once, even when two servers start on it together", async () => {
    const { url, schema, drop } = await freshSchema();
    const stores = [new PostgresReportStore({ url, schema }), new PostgresReportStore({ url, schema })];
    try {
      await Promise.all(stores.map((store) => store.ready()));
      const { rows } = await admin(`SELECT version, name FROM ${schema}.log_doctor_migrations ORDER BY version`);
      expect(rows.map((row) => [row.version, row.name])).toEqual(MIGRATIONS.map((step) => [step.version, step.name]));
      const saved = await stores[0].save(sampleReport());
      expect(await stores[1].get(saved.id)).toEqual(saved);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await drop();
    }
  });

  it("refuses a database written by a newer schema instead of misreading it", async () => {
    const { url, schema, drop } = await freshSchema();
    try {
      const first = new PostgresReportStore({ url, schema });
      await first.ready();
      await first.close();
      await admin(`INSERT INTO ${schema}.log_doctor_migrations (version, name) VALUES (99, 'from the future')`);
      const second = new PostgresReportStore({ url, schema });
      await expect(second.get("AAAAAAAAAAAAAAAAAAAAAA")).rejects.toThrow(
        `newer Log Doctor (schema 99, this one reads ${SCHEMA_VERSION})`,
      );
      await expect(second.save(sampleReport())).rejects.toThrow(/newer Log Doctor/);
      await second.close();
    } finally {
      await drop();
    }
  });

  it("makes room from expired reports, refuses past the limit keeping the purge, and two servers never overshoot it", async () => {
    const { url, schema, drop } = await freshSchema();
    let now = Date.parse("2026-11-22T10:05:00Z");
    const report = sampleReport("03-role-deleted");
    const size =
      Buffer.byteLength(
        JSON.stringify({ diagnosis: report.diagnosis, timeline: report.timeline, capture: report.capture }),
      ) + Buffer.byteLength(report.title);
    const limit = Math.floor(2.5 * size);
    const [a, b] = [
      new PostgresReportStore({ url, schema, now: () => now, maxBytes: limit }),
      new PostgresReportStore({ url, schema, now: () => now, maxBytes: limit }),
    ];
    try {
      const expiring = await a.save({ ...report, expiresAt: "2026-11-23T10:05:00.000Z" });
      await b.save(report);
      await expect(a.save(report)).rejects.toBeInstanceOf(ReportStoreFullError);
      expect((await admin(`SELECT count(*)::int AS n FROM ${schema}.reports`)).rows[0].n).toBe(2);

      now = Date.parse("2026-11-23T10:05:00Z");
      // Four saves at once from two servers: one fits in the expired report's room, three are refused.
      const results = await Promise.allSettled([a.save(report), b.save(report), a.save(report), b.save(report)]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(
        results
          .filter((r) => r.status === "rejected")
          .every((r) => (r as PromiseRejectedResult).reason instanceof ReportStoreFullError),
      ).toBe(true);
      expect(await a.get(expiring.id)).toBeNull();
      const { rows } = await admin(
        `SELECT count(*)::int AS n, sum(octet_length(body) + octet_length(title))::int AS bytes FROM ${schema}.reports`,
      );
      expect(rows[0]).toEqual({ n: 2, bytes: 2 * size });
    } finally {
      await Promise.all([a.close(), b.close()]);
      await drop();
    }
  });

  it("tries again after a failure, so a database that comes back needs no restart", async () => {
    const { url, schema, drop } = await freshSchema();
    await drop(); // the store opens before its schema exists, as when the database is not there yet
    const store = new PostgresReportStore({ url, schema });
    try {
      await expect(store.save(sampleReport())).rejects.toThrow(/schema/);
      await admin(`CREATE SCHEMA ${schema}`);
      const saved = await store.save(sampleReport());
      expect(await store.get(saved.id)).toEqual(saved);
    } finally {
      await store.close();
      await drop();
    }
  });

  it("says which server it could not reach", async () => {
    const store = new PostgresReportStore({ url: "postgres://nobody@127.0.0.1:1/none" });
    await expect(store.ready()).rejects.toThrow(/ECONNREFUSED|connect/);
    await store.close();
  });
});
