import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseCapture } from "../../lib/capture/parse-capture";
import type { Capture } from "../../lib/capture/schema";
import { analyze } from "../../lib/engine/analyze";
import type { NewReport } from "../../lib/reports/report";

const fixtures = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures");

/** A fixture capture by file name (`01-healthy-rest-delivered`). */
export function fixtureCapture(name: string): Capture {
  const parsed = parseCapture(readFileSync(path.join(fixtures, `${name}.capture.json`), "utf8"));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  return parsed.capture;
}

/** An unredacted report of a fixture, as a store receives it. */
export function sampleReport(name = "03-role-deleted", overrides: Partial<NewReport> = {}): NewReport {
  const capture = fixtureCapture(name);
  return {
    title: `Report of ${name}`,
    createdAt: "2026-11-22T10:05:00.000Z",
    expiresAt: null,
    engineVersion: "0.1.0",
    redacted: false,
    diagnosis: analyze(capture).diagnosis,
    capture,
    timeline: null,
    ...overrides,
  };
}
