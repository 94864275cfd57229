/**
 * The ids a client has in hand after a call, in the forms API Gateway sends them:
 * - `x-amzn-RequestId` (REST, WebSocket): `$context.requestId`, a UUID, written at the start of every execution log
 *   line as `(<id>)`;
 * - `apigw-requestid` (HTTP APIs): `$context.requestId` of an HTTP API, a 16-character id ending in `=`;
 * - `x-amz-apigw-id` (REST): `$context.extendedRequestId`, the same 16-character form, which execution logs show as
 *   `Extended Request Id: …` and access logs carry when the format has `$context.extendedRequestId`.
 * https://repost.aws/knowledge-center/collect-api-gateway-extended-request-ids
 */
export type RequestIdForm = "request-id" | "extended";

export type ParsedRequestId = { ok: true; id: string; form: RequestIdForm } | { ok: false; message: string };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const extended = /^[A-Za-z0-9_-]{15}=$/;
/** A header line pasted whole: `x-amzn-RequestId: 3f5c…`. */
const headerLine = /^(?:x-amzn-requestid|x-amzn-request-id|apigw-requestid|x-amz-apigw-id)\s*:\s*/i;

/**
 * Accepts a request id as a user pastes it (surrounding whitespace or quotes, or the whole header line) and
 * rejects anything else before it reaches a filter pattern: only these two alphabets ever get into a search.
 */
export function parseRequestId(text: string): ParsedRequestId {
  const value = text
    .trim()
    .replace(headerLine, "")
    .replace(/^["']|["']$/g, "")
    .trim();
  if (uuid.test(value)) return { ok: true, id: value.toLowerCase(), form: "request-id" };
  if (extended.test(value)) return { ok: true, id: value, form: "extended" };
  const shown = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return {
    ok: false,
    message:
      `${JSON.stringify(shown)} is not an API Gateway request id: give the x-amzn-RequestId value ` +
      "(a UUID like 3f5c7a2e-1b2c-4d5e-8f90-123456789abc) or the apigw-requestid / x-amz-apigw-id value " +
      "(16 characters ending in =, like OKpvnFl8IAMFb7g=)",
  };
}

/**
 * The FilterLogEvents pattern that matches events containing this id: terms with characters other than letters
 * and digits must be quoted (https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html).
 */
export function filterPatternOf(id: string): string {
  return `"${id}"`;
}
