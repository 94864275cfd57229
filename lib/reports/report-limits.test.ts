import { describe, expect, it } from "vitest";
import { saveReport } from "./create-report";
import { defaultExpiryDays, reportStoreMaxBytes } from "./report-limits";
import type { NewReport, Report } from "./report";
import type { ReportStore } from "./store";
import { sampleReport } from "../../testing/reports/sample-report";

describe("report limits from the environment", () => {
  it.each([
    [{}, 30],
    [{ LOG_DOCTOR_REPORT_EXPIRY_DAYS: "7" }, 7],
    [{ LOG_DOCTOR_REPORT_EXPIRY_DAYS: "0" }, null],
    [{ LOG_DOCTOR_REPORT_EXPIRY_DAYS: "" }, 30],
  ])("expiry %j → %j days", (env, days) => expect(defaultExpiryDays(env)).toBe(days));

  it.each(["-1", "1.5", "forever", "4000"])("refuses the expiry %j with a message naming the variable", (value) =>
    expect(() => defaultExpiryDays({ LOG_DOCTOR_REPORT_EXPIRY_DAYS: value })).toThrow(
      /LOG_DOCTOR_REPORT_EXPIRY_DAYS must be/,
    ),
  );

  it("sizes the store in megabytes, 1 GB by default", () => {
    expect(reportStoreMaxBytes({})).toBe(1024 * 1024 * 1024);
    expect(reportStoreMaxBytes({ LOG_DOCTOR_REPORTS_MAX_MB: "0.5" })).toBe(512 * 1024);
    expect(() => reportStoreMaxBytes({ LOG_DOCTOR_REPORTS_MAX_MB: "0" })).toThrow(/LOG_DOCTOR_REPORTS_MAX_MB/);
  });
});

describe("saveReport", () => {
  const capturing = () => {
    const saved: NewReport[] = [];
    const store: ReportStore = {
      save: async (report) =>
        (saved.push(report), { kind: "log-doctor/report", version: 1, id: "x", ...report }) as Report,
      get: async () => null,
      deleteExpired: async () => 0,
      close: async () => {},
    };
    return { store, saved };
  };
  const { diagnosis, timeline } = sampleReport();
  const analysis = { diagnosis, timelines: timeline ?? [] };
  const now = new Date("2026-11-22T10:05:00Z");

  it("gives a report without a chosen expiry the server's default, and keeps the saver's choice", async () => {
    const { store, saved } = capturing();
    await saveReport(store, { analysis, now }, {});
    await saveReport(store, { analysis, now, expiresInDays: 2 }, {});
    await saveReport(store, { analysis, now }, { LOG_DOCTOR_REPORT_EXPIRY_DAYS: "0" });
    expect(saved.map((r) => r.expiresAt)).toEqual(["2026-12-22T10:05:00.000Z", "2026-11-24T10:05:00.000Z", null]);
  });
});
