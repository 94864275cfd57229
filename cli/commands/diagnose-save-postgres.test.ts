import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { describePostgres } from "../../testing/db/describe-postgres";
import { admin, freshSchema } from "../../testing/db/test-database";
import { PostgresReportStore } from "../../lib/reports/postgres-store";
import { historyCapture, historySecrets } from "../../testing/reports/history-capture";
import { findLeaks } from "../../testing/reports/leak-sweep";
import { runCli } from "../testing/run-cli";

describePostgres("log-doctor diagnose --save with DATABASE_URL", () => {
  it("stores the redacted report in PostgreSQL, where the team's server reads it", async () => {
    const dir = mkdtempSync(join(tmpdir(), "log-doctor-save-pg-"));
    const { url, schema, drop } = await freshSchema();
    try {
      const captureFile = join(dir, "history.capture.json");
      writeFileSync(captureFile, JSON.stringify(historyCapture()));
      const env = {
        DATABASE_URL: `${url}?options=${encodeURIComponent(`-c search_path=${schema}`)}`,
        LOG_DOCTOR_DATA_DIR: join(dir, "data"),
        LOG_DOCTOR_BASE_URL: "https://logs.example.com/ld",
      };
      const run = await runCli(["diagnose", "--capture", captureFile, "--save", "--include-capture"], env);
      expect(run.stderr).toBe("");
      const id = /\/reports\/([A-Za-z0-9_-]{22})\n$/.exec(run.stdout)?.[1];
      expect(id).toBeDefined();

      const server = new PostgresReportStore({ url, schema });
      try {
        expect(await server.get(id!)).toMatchObject({
          id,
          redacted: true,
          title: "pets (a1b2c3d4e5) stage prod in us-east-1",
        });
      } finally {
        await server.close();
      }
      const { rows } = await admin(`SELECT * FROM ${schema}.reports WHERE id = $1`, [id]);
      expect(String(rows[0].body)).toContain("LookupEvents");
      expect(findLeaks(Object.values(rows[0]).join("\n"), Object.values(historySecrets).flat())).toEqual([]);
    } finally {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
