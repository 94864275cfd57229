import type { ApiType } from "./types";

/**
 * How API Gateway writes a variable into a log line, as far as its pages say: numbers for latencies, status
 * codes, lengths and epoch times; `true`/`false` for isCanaryRequest; `$context.error.messageString` with its
 * own double quotes ("The quoted value of $context.error.message"); plain text for everything else.
 * `any`: HTTP Lambda authorizer context values keep their type ("calling $context.authorizer.numKey returns
 * the 1"), so they may be numbers, booleans or strings.
 */
export type ValueType = "number" | "boolean" | "quoted-string" | "string" | "any";

export const numericVariables: ReadonlySet<string> = new Set([
  "$context.authenticate.latency",
  "$context.authenticate.status",
  "$context.authorize.latency",
  "$context.authorize.status",
  "$context.authorizer.integrationLatency",
  "$context.authorizer.integrationStatus",
  "$context.authorizer.latency",
  "$context.authorizer.status",
  "$context.connectedAt",
  "$context.dataProcessed",
  "$context.integration.integrationStatus",
  "$context.integration.latency",
  "$context.integration.status",
  "$context.integration.timeToAllHeaders",
  "$context.integration.timeToFirstContent",
  "$context.integrationLatency",
  "$context.integrationStatus",
  "$context.requestTimeEpoch",
  "$context.responseLatency",
  "$context.responseLength",
  "$context.responseOverride.status",
  "$context.status",
  "$context.waf.latency",
  "$context.waf.status",
]);

const AUTHORIZER = "$context.authorizer.";
const CLAIMS = "$context.authorizer.claims.";

export function valueType(name: string, apiType: ApiType): ValueType {
  if (numericVariables.has(name)) return "number";
  if (name === "$context.isCanaryRequest") return "boolean";
  if (name === "$context.error.messageString") return "quoted-string";
  if (
    apiType === "HTTP" &&
    name.startsWith(AUTHORIZER) &&
    !name.startsWith(CLAIMS) &&
    name !== "$context.authorizer.error"
  ) {
    return "any";
  }
  return "string";
}

/** A stand-in value of that type, as it would appear in the log line. `any` uses a number, which is valid JSON
 * quoted or not, so the JSON check does not warn about a value whose type only the authorizer knows. */
export function sampleValue(type: ValueType): string {
  switch (type) {
    case "number":
    case "any":
      return "200";
    case "boolean":
      return "true";
    case "quoted-string":
      return '"text"';
    case "string":
      return "text";
  }
}
