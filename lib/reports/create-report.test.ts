import { describe, expect, it } from "vitest";
import packageJson from "../../package.json";
import { analyze } from "../engine/analyze";
import { buildReport, cleanTitle } from "./create-report";
import { historyCapture } from "../../testing/reports/history-capture";
import { fixtureCapture } from "../../testing/reports/sample-report";

const now = new Date("2026-11-22T10:05:00Z");

describe("buildReport", () => {
  it("snapshots the diagnosis with the engine version, the time and the change timeline; redacted by default", () => {
    const capture = historyCapture();
    const report = buildReport({ analysis: analyze(capture), capture, now });
    expect(report).toMatchObject({
      createdAt: "2026-11-22T10:05:00.000Z",
      expiresAt: null,
      engineVersion: packageJson.version,
      redacted: true,
      capture: null,
    });
    expect(report.timeline?.[0].stages[0].entries[0].eventName).toBe("UpdateStage");
    expect(JSON.stringify(report)).not.toContain("123456789012");
  });

  it("keeps the capture only when asked, and everything as it was when redaction is off", () => {
    const capture = historyCapture();
    const analysis = analyze(capture);
    const report = buildReport({ analysis, capture, includeCapture: true, redact: false, now });
    expect(report.redacted).toBe(false);
    expect(report.capture).toBe(capture);
    expect(report.diagnosis).toBe(analysis.diagnosis);
    expect(report.timeline).toBe(analysis.timelines);
  });

  it("keeps the analysis's timeline without storing the capture", () => {
    const report = buildReport({ analysis: analyze(historyCapture()), now, redact: false });
    expect(report.capture).toBeNull();
    expect(report.timeline?.[0].stages[0].entries[0].eventName).toBe("UpdateStage");
  });

  it("names one API (and its only stage) in the default title, or counts several", () => {
    expect(buildReport({ analysis: analyze(historyCapture()), now }).title).toBe(
      "pets (a1b2c3d4e5) stage prod in us-east-1",
    );
    expect(
      buildReport({ analysis: analyze(fixtureCapture("05-http-no-access-websocket-errors-only")), now }).title,
    ).toMatch(/^\d+ APIs in /);
  });

  it("sets the expiry in whole days and refuses anything else", () => {
    const analysis = analyze(fixtureCapture("03-role-deleted"));
    expect(buildReport({ analysis, now, expiresInDays: 7 }).expiresAt).toBe("2026-11-29T10:05:00.000Z");
    for (const days of [0, -1, 1.5, 100_000, Number.NaN])
      expect(() => buildReport({ analysis, now, expiresInDays: days })).toThrow(RangeError);
  });

  it("makes titles one clean line", () => {
    expect(cleanTitle("  a\nb\u0000c\u202Ed  ")).toBe("a b c d");
    expect(cleanTitle("x".repeat(500))).toHaveLength(200);
  });
});
