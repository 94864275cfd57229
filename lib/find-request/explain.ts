import { findVariables } from "../access-log";
import { fieldOf, type AccessLineField } from "../access-log/parse-line";
import { checks, symptomNames } from "../checks/registry";
import type { Stage } from "../model/types";
import type { KindAnswer } from "../runbook/headline";
import type { RequestIdForm } from "./request-id";

/**
 * How long to wait before searching again for a request made moments ago. API Gateway writes log events
 * asynchronously and AWS publishes no delivery time, so this is Log Doctor's margin, not an AWS figure: long
 * enough that a request still absent afterwards is worth explaining.
 */
export const deliveryLagMinutes = 5;

/** What a requested access line says about the request, as far as the format recorded it. */
export interface AccessEvidence {
  status?: string;
  responseType?: string;
  errorMessage?: string;
}

export function accessEvidenceOf(fields: readonly AccessLineField[] | null): AccessEvidence {
  if (!fields) return {};
  return {
    status: fieldOf(fields, "$context.status"),
    responseType: fieldOf(fields, "$context.error.responseType"),
    errorMessage: fieldOf(fields, "$context.error.message") ?? fieldOf(fields, "$context.error.messageString"),
  };
}

/** A symptom explanation of the engine, named so the user can ask for it (with its AWS source): `diagnose --symptom <name>`. */
export function symptomReference(name: string): string | null {
  if (!symptomNames.includes(name)) return null;
  const check = checks.find((c) => c.id === `symptom.${name}`);
  return check ? `${check.title} (log-doctor diagnose --symptom ${name})` : null;
}

/**
 * Why the execution log lacks a request the access log has, read from the access line and the stage. Sources:
 * a request with no matching resource or method is answered 403 Missing Authentication Token before any method
 * runs (https://repost.aws/knowledge-center/api-gateway-authentication-token-errors); ERROR level logs only
 * errors (https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html); a WAF-blocked
 * request gets the WAF_FILTERED gateway response
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/supported-gateway-response-types.html).
 */
export function executionAbsentReasons(
  stage: Stage,
  access: AccessEvidence | null,
  answer: KindAnswer | undefined,
): string[] {
  const reasons: string[] = [];
  const status = access?.status;
  const responseType = access?.responseType?.toUpperCase();
  if (
    responseType === "MISSING_AUTHENTICATION_TOKEN" ||
    (status === "403" && /missing authentication token/i.test(access?.errorMessage ?? ""))
  ) {
    reasons.push(
      "The access log shows 403 MISSING_AUTHENTICATION_TOKEN: the request matched no deployed resource or method, so it never reached one; execution logs never record these requests.",
    );
    pushSymptom(reasons, "missing-auth-token-403");
  } else if (responseType === "WAF_FILTERED") {
    reasons.push(
      "The access log shows WAF_FILTERED: AWS WAF blocked the request before the method ran, so execution logs do not record it.",
    );
  } else if (status === "403" && responseType === undefined) {
    reasons.push(
      'The access log shows 403 but its format has no $context.error.responseType: if the client saw "Missing Authentication Token", the request matched no deployed resource or method and execution logs never record it. Add $context.error.responseType to the format to tell.',
    );
  } else if (status === "413") {
    pushSymptom(reasons, "413");
  } else if (status === "429") {
    pushSymptom(reasons, "429");
  }
  const errorsOnly = stage.execution.level === "ERROR" && !stage.overrides.some((o) => o.level === "INFO");
  if (errorsOnly && (status === undefined || Number(status) < 400)) {
    reasons.push(
      `Execution logging is at ERROR for stage ${stage.name}: successful requests are not logged, only errors` +
        (status === undefined ? "; if this request succeeded, that is why." : ` (this one answered ${status}).`),
    );
  }
  pushVerdict(reasons, answer, "execution");
  return reasons;
}

/**
 * Why the access log lacks a request the execution log has (or that the client saw): a line is found by the id
 * only if the format writes it ($context.requestId, $context.extendedRequestId:
 * https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-mapping-template-reference.html#context-variable-reference).
 */
export function accessAbsentReasons(stage: Stage, form: RequestIdForm, answer: KindAnswer | undefined): string[] {
  const reasons: string[] = [];
  const format = stage.accessLog.format;
  if (format !== null) {
    const variables = new Set(findVariables(format, stage.api.type).map((v) => v.name));
    const needed =
      form === "request-id" || stage.api.type === "HTTP" ? ["$context.requestId"] : ["$context.extendedRequestId"];
    if (stage.api.type === "HTTP" && form === "extended") needed.push("$context.extendedRequestId");
    if (!needed.some((name) => variables.has(name))) {
      reasons.push(
        `The access-log format has no ${needed[0]}, so no access line can be found by this id; the request may well be logged. Add ${needed[0]} to the format.`,
      );
    }
  }
  pushVerdict(reasons, answer, "access");
  return reasons;
}

/** What a request found in no log may be: the places and kinds of request API Gateway logs nowhere. */
export function absentEverywhereReasons(): string[] {
  const unlogged = ["413", "429", "unmapped-domain-4xx", "internal-5xx"]
    .map(symptomReference)
    .filter((r): r is string => r !== null);
  return [
    "It may belong to another stage, API or region: a custom domain maps base paths to several APIs and stages, and an HTTP API's $default stage answers URLs that name no stage. Check the host and path the client called, and search that stage.",
    ...(unlogged.length > 0 ? [`It may be a request API Gateway never logs: ${unlogged.join("; ")}.`] : []),
    "It may have been stopped before API Gateway: an AWS WAF web ACL block or a rejection by a Lambda authorizer shows in WAF's logs or the authorizer's own logs.",
  ];
}

export function lagReason(): string {
  return `Log events arrive asynchronously: if the request was made in the last ${deliveryLagMinutes} minutes, wait ${deliveryLagMinutes} minutes and search again.`;
}

export function retentionReason(
  groupName: string,
  retentionDays: number,
  windowStart: number,
  searchedAt: number,
): string | null {
  const oldestKept = searchedAt - retentionDays * 86_400_000;
  if (windowStart >= oldestKept) return null;
  return `${groupName} keeps events ${retentionDays} day${retentionDays === 1 ? "" : "s"}: anything before ${new Date(oldestKept).toISOString().slice(0, 16)}Z has been deleted, so part of the window could not hold it.`;
}

function pushSymptom(reasons: string[], name: string): void {
  const reference = symptomReference(name);
  if (reference) reasons.push(`See: ${reference}`);
}

function pushVerdict(reasons: string[], answer: KindAnswer | undefined, kind: string): void {
  if (!answer || answer.verdict === "delivered" || answer.verdict === "expected" || answer.verdict === "not-supported")
    return;
  const cause = answer.because?.message ?? answer.explanation;
  reasons.push(`The diagnosis says this stage's ${kind} logs are ${answer.label}: ${cause}`);
}
