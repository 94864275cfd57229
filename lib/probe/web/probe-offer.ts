import type { Capture } from "../../capture/schema";
import { locate } from "../../find-request/find-request";
import { readModel } from "../../model/read-model";
import type { ApiType } from "../../model/types";
import { defaultProbePath, invokeUrl, probeBaseOverride, type ProbeMethod } from "../probe-request";
import { probeBlocker } from "../probe-support";

type Env = Record<string, string | undefined>;

/** Seconds the stage page watches the logs after a probe: 120 as on the command line, or `LOG_DOCTOR_PROBE_WAIT_S`. */
export const probeWaitEnv = "LOG_DOCTOR_PROBE_WAIT_S";
const defaultWaitS = 120;
const maxWaitS = 900;

export function probeWaitS(env: Env = process.env): number {
  const raw = env[probeWaitEnv];
  const seconds = raw && /^\d+$/.test(raw.trim()) ? Number(raw) : NaN;
  return seconds >= 1 && seconds <= maxWaitS ? seconds : defaultWaitS;
}

/**
 * What the stage page offers to send, or why it offers nothing. `recorded`: the demo or a replayed scan, whose
 * probe goes to LOG_DOCTOR_PROBE_BASE_URL (a fake API) and whose logs are the capture's recorded searches;
 * `live`: a live scan, whose probe goes to the stage's invoke URL and whose logs are searched with its profile.
 */
export type ProbeOffer =
  | {
      available: true;
      mode: "live" | "recorded";
      method: ProbeMethod;
      url: string;
      defaultPath: boolean;
      apiType: ApiType;
      waitS: number;
    }
  | { available: false; reason: string };

export interface OfferInput {
  kind: "demo" | "upload" | "scan";
  capture: Capture;
  region: string;
  apiId: string;
  stage: string;
}

export function probeOffer(input: OfferInput, env: Env = process.env): ProbeOffer {
  if (input.kind === "upload") {
    return {
      available: false,
      reason:
        "Not available for an uploaded capture: it is a recording, and the server has no credentials of that account to watch the logs with. Run a live scan of the account (or log-doctor probe) to send one.",
    };
  }
  const base = probeBaseOverride(env);
  if (!base.ok) return { available: false, reason: `Not available: ${base.message}.` };
  const recorded = input.kind === "demo" || Boolean(env.LOG_DOCTOR_SCAN_REPLAY);
  if (recorded && !base.value) {
    return {
      available: false,
      reason:
        input.kind === "demo"
          ? "Not available for the demo account: it is a recording, with no API behind it to send a request to (tests and demonstrations point LOG_DOCTOR_PROBE_BASE_URL at a local fake API)."
          : "Not available while this server replays a recorded capture (LOG_DOCTOR_SCAN_REPLAY): there is no API behind it to send a request to, unless LOG_DOCTOR_PROBE_BASE_URL points at a fake one.",
    };
  }
  const located = locate(readModel(input.capture), input);
  if (!located)
    return {
      available: false,
      reason: `API ${input.apiId} has no stage ${JSON.stringify(input.stage)} in this diagnosis.`,
    };
  const apiType = located.stage.api.type;
  const blocker = probeBlocker(input.capture, input.region, input.apiId, apiType);
  if (blocker) return { available: false, reason: blocker };
  return {
    available: true,
    mode: recorded ? "recorded" : "live",
    method: "GET",
    url: invokeUrl(
      { region: input.region, apiId: input.apiId, stage: input.stage, apiType },
      defaultProbePath,
      base.value,
    ),
    defaultPath: true,
    apiType,
    waitS: probeWaitS(env),
  };
}
