import { describe, expect, it } from "vitest";
import { demoProbe } from "../../sources/demo-account/demo-log-content";
import { demoCapture } from "../../sources/demo-source";
import { probeOffer, probeWaitS } from "./probe-offer";

const capture = demoCapture();
const base = { capture, ...demoProbe };
const fake = { LOG_DOCTOR_PROBE_BASE_URL: "http://127.0.0.1:4010" };

describe("what the stage page offers to send", () => {
  it.each([
    [
      "a live scan",
      { kind: "scan" as const },
      {},
      {
        available: true,
        mode: "live",
        url: "https://k7x2m9q4tb.execute-api.us-east-1.amazonaws.com/prod/log-doctor-probe",
      },
    ],
    [
      "a live scan with the override",
      { kind: "scan" as const },
      fake,
      { available: true, mode: "live", url: "http://127.0.0.1:4010/prod/log-doctor-probe" },
    ],
    [
      "the demo with the override",
      { kind: "demo" as const },
      fake,
      { available: true, mode: "recorded", method: "GET", apiType: "REST", waitS: 120 },
    ],
    [
      "a replayed scan with the override",
      { kind: "scan" as const },
      { ...fake, LOG_DOCTOR_SCAN_REPLAY: "x.json" },
      { available: true, mode: "recorded" },
    ],
    [
      "the demo",
      { kind: "demo" as const },
      {},
      { available: false, reason: expect.stringMatching(/^Not available for the demo account: it is a recording/) },
    ],
    [
      "a replayed scan",
      { kind: "scan" as const },
      { LOG_DOCTOR_SCAN_REPLAY: "x.json" },
      { available: false, reason: expect.stringContaining("LOG_DOCTOR_SCAN_REPLAY") },
    ],
    [
      "an upload, even with the override",
      { kind: "upload" as const },
      fake,
      { available: false, reason: expect.stringMatching(/^Not available for an uploaded capture/) },
    ],
    [
      "a bad override",
      { kind: "scan" as const },
      { LOG_DOCTOR_PROBE_BASE_URL: "ftp://x" },
      { available: false, reason: expect.stringContaining("must be an http(s) URL") },
    ],
    [
      "a stage that does not exist",
      { kind: "scan" as const, stage: "nope" },
      {},
      { available: false, reason: expect.stringContaining('has no stage "nope"') },
    ],
  ])("%s", (_name, input, env, expected) => expect(probeOffer({ ...base, ...input }, env)).toMatchObject(expected));

  it("refuses a private API before anything is offered", () => {
    const privateCapture = structuredClone(capture);
    for (const call of privateCapture.calls) {
      if (call.operation !== "GetRestApis" || call.region !== demoProbe.region) continue;
      for (const item of (call.output as { items: { id: string; endpointConfiguration?: unknown }[] }).items) {
        if (item.id === demoProbe.apiId) item.endpointConfiguration = { types: ["PRIVATE"] };
      }
    }
    expect(probeOffer({ ...base, capture: privateCapture, kind: "scan" }, {})).toEqual({
      available: false,
      reason: expect.stringMatching(/^Private APIs are not supported/),
    });
  });

  it.each([
    [undefined, 120],
    ["6", 6],
    ["0", 120],
    ["901", 120],
    ["ten", 120],
  ])("LOG_DOCTOR_PROBE_WAIT_S=%s → %i s", (value, seconds) =>
    expect(probeWaitS({ LOG_DOCTOR_PROBE_WAIT_S: value })).toBe(seconds),
  );
});
