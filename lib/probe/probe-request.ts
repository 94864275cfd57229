import { dnsSuffix, partitionOf } from "../aws-names/regions";
import type { ApiType } from "../model/types";

/**
 * What a probe may send. Only methods that by HTTP's definition change nothing (RFC 9110 §9.2.1 "safe"): a probe
 * proves that logs flow and must not create, change or delete anything in the user's API.
 */
export const probeMethods = ["GET", "HEAD", "OPTIONS"] as const;
export type ProbeMethod = (typeof probeMethods)[number];

/**
 * A path no API is likely to route: REST answers 403 Missing Authentication Token and HTTP APIs 404, so no
 * integration runs. It proves the access-log chain only; execution logs need a path that reaches a method.
 */
export const defaultProbePath = "/log-doctor-probe";

/** Tests (and a fake API) point the probe here instead of the stage's execute-api URL. */
export const probeBaseUrlEnv = "LOG_DOCTOR_PROBE_BASE_URL";

const maxPathLength = 512;
/** RFC 3986 path and query characters, percent-escapes included; no fragment, no spaces, no control characters. */
const pathCharacters = /^\/[A-Za-z0-9\-._~!$&'()*+,;=:@/%?]*$/;

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: string };

export function parseProbeMethod(text: string): Parsed<ProbeMethod> {
  const method = text.trim().toUpperCase();
  if ((probeMethods as readonly string[]).includes(method)) return { ok: true, value: method as ProbeMethod };
  return {
    ok: false,
    message: `--method ${JSON.stringify(text.slice(0, 20))} is not allowed: a probe sends only ${probeMethods.join(", ")}, which change nothing`,
  };
}

export function parseProbePath(text: string): Parsed<string> {
  if (text.length <= maxPathLength && pathCharacters.test(text) && !/%(?![0-9A-Fa-f]{2})/.test(text))
    return { ok: true, value: text };
  const shown = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  return {
    ok: false,
    message: `--path ${JSON.stringify(shown)} is not a URL path: it starts with / and holds at most ${maxPathLength} URL characters (no spaces, no #)`,
  };
}

export interface InvokeTarget {
  region: string;
  apiId: string;
  stage: string;
  apiType: ApiType;
}

/**
 * The stage's default invoke URL: `https://{api}.execute-api.{region}.{partition's DNS suffix}/{stage}{path}`, where
 * an HTTP API's `$default` stage has no stage segment
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/how-to-call-api.html,
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-stages.html). `baseOverride` replaces the
 * origin (tests).
 */
export function invokeUrl(target: InvokeTarget, path: string, baseOverride?: string): string {
  const partition = partitionOf(target.region);
  if (!partition) throw new RangeError(`${target.region} is not a region name`);
  const origin = baseOverride
    ? baseOverride.replace(/\/+$/, "")
    : `https://${target.apiId}.execute-api.${target.region}.${dnsSuffix[partition]}`;
  const stageSegment =
    target.apiType === "HTTP" && target.stage === "$default" ? "" : `/${encodeURIComponent(target.stage)}`;
  return `${origin}${stageSegment}${path}`;
}

/** The override, when set: an http(s) URL with no credentials in it, or a clear refusal. */
export function probeBaseOverride(env: Record<string, string | undefined>): Parsed<string | undefined> {
  const raw = env[probeBaseUrlEnv];
  if (raw === undefined || raw === "") return { ok: true, value: undefined };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, message: `${probeBaseUrlEnv} is not a URL` };
  }
  if (!/^https?:$/.test(url.protocol) || url.username || url.password || url.search || url.hash) {
    return { ok: false, message: `${probeBaseUrlEnv} must be an http(s) URL with no user, query or fragment` };
  }
  return { ok: true, value: `${url.origin}${url.pathname}` };
}
