import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCapture } from "../../capture/parse-capture";
import type { Capture } from "../../capture/schema";
import { analyze } from "../../engine/analyze";
import type { Diagnosis } from "../../diagnosis/types";
import { collectCapture } from "../collect";
import type { ReplayFaults } from "./faults";
import { notRecordedErrorName, startReplayServer } from "./server";

const fixturesDir = new URL("../../../fixtures/", import.meta.url);
const fixtureNames = readdirSync(fixturesDir)
  .filter((name) => name.endsWith(".capture.json"))
  .sort();

/**
 * Differences the engine, not the collector, causes; each case still runs, and is expected to fail until fixed.
 * 05 records policy documents as JSON objects (as the AWS CLI prints them); IAM sends them URL-encoded, and the
 * model's decodeDocument turns the latter into JSON text but leaves the former an object, so the evidence of
 * role.trust-denies-apigateway differs by encoding, not by content.
 */

function loadFixture(name: string): Capture {
  const parsed = parseCapture(readFileSync(new URL(name, fixturesDir), "utf8"));
  if (!parsed.ok) throw new Error(`${name}: ${parsed.error}`);
  return parsed.capture;
}

/** The CloudTrail window the fixture recorded, so the collector asks for the same one. */
function lookbackDaysOf(fixture: Capture): number {
  const lookup = fixture.calls.find((call) => call.operation === "LookupEvents");
  const start = Date.parse(String(lookup?.input.StartTime));
  const end = Date.parse(String(lookup?.input.EndTime));
  return Number.isNaN(start) || Number.isNaN(end) ? 30 : Math.round((end - start) / 86_400_000);
}

/**
 * Serves the fixture with the replay server and collects it back with the real SDK clients (no client mocks),
 * at the fixture's time and regions. The one normalization: calls the fixture never recorded (the replay
 * server's distinct error) are dropped, since the fixture does not say what AWS would have answered.
 */
async function roundTrip(fixture: Capture, faults?: ReplayFaults): Promise<Capture> {
  const server = await startReplayServer({ capture: fixture, faults });
  try {
    const collected = await collectCapture({
      regions: fixture.regions,
      lookbackDays: lookbackDaysOf(fixture),
      now: () => new Date(fixture.capturedAt),
      clientOverrides: {
        endpoint: server.url,
        credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" },
        maxAttempts: 10,
      },
      tuning: { retryBaseDelayMs: 5, retryMaxDelayMs: 50 },
    });
    return { ...collected, calls: collected.calls.filter((call) => call.error?.name !== notRecordedErrorName) };
  } finally {
    await server.stop();
  }
}

function verdictsOf(diagnosis: Diagnosis) {
  return diagnosis.apis.flatMap((api) =>
    (api.stages ?? []).map((stage) => ({
      key: `${api.region}/${api.id}/${stage.name}`,
      type: api.type,
      execution: stage.execution.verdict,
      access: stage.access.verdict,
    })),
  );
}

describe.each(fixtureNames)("replay round trip of %s", (name) => {
  it("collects back a capture that diagnoses exactly like the fixture", async () => {
    const fixture = loadFixture(name);
    const collected = await roundTrip(fixture);
    expect(JSON.stringify(analyze(collected).diagnosis)).toBe(JSON.stringify(analyze(fixture).diagnosis));
  });

  it("gets the same diagnosis with 30% of requests answered 429 and 200 ms latency", async () => {
    const fixture = loadFixture(name);
    const collected = await roundTrip(fixture, { throttleShare: 0.3, latencyMs: 200, seed: 7 });
    expect(JSON.stringify(analyze(collected).diagnosis)).toBe(JSON.stringify(analyze(fixture).diagnosis));
  });

  it("with AccessDenied on every IAM call, reports the role checks unknown and nothing else changes", async () => {
    const fixture = loadFixture(name);
    const plain = analyze(fixture).diagnosis;
    const denied = analyze(await roundTrip(fixture, { accessDenied: [{ service: "iam" }] })).diagnosis;

    const roleFindings = denied.findings.filter((f) => f.check.startsWith("role."));
    expect(roleFindings.length).toBeGreaterThan(0);
    expect(roleFindings.every((f) => f.status === "unknown")).toBe(true);
    // account.role-unset's fix reuses a role that IAM shows exists; without IAM it can only suggest creating one.
    const outsideRole = (d: Diagnosis) =>
      JSON.stringify(
        d.findings
          .filter((f) => !f.check.startsWith("role."))
          .map((f) => (f.check === "account.role-unset" ? { ...f, fix: undefined } : f)),
      );
    expect(outsideRole(denied)).toBe(outsideRole(plain));

    // Verdicts that rested on the role become unknown; HTTP APIs (which do not use the role) keep theirs.
    const before = verdictsOf(plain);
    const after = verdictsOf(denied);
    expect(after.map((v) => v.key)).toEqual(before.map((v) => v.key));
    after.forEach((verdict, i) => {
      for (const kind of ["execution", "access"] as const) {
        if (verdict.type === "HTTP") expect(verdict[kind]).toBe(before[i][kind]);
        else expect([before[i][kind], "unknown"]).toContain(verdict[kind]);
      }
    });
    expect(after.some((v, i) => v.execution !== before[i].execution)).toBe(true);
  });
});
