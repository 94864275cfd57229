import { parseRequestId, type RequestIdForm } from "../find-request/request-id";
import type { ProbeMethod } from "./probe-request";

/**
 * The one request Log Doctor ever sends to a user's API, and the only module that sends it. Everything else Log
 * Doctor sends goes to AWS's read-only APIs through lib/aws. Plain HTTPS with no credentials, no AWS signature, no
 * cookies and no body; redirects are not followed (that would be a second request); bounded in time and in what it
 * reads back.
 */
export interface ProbeRequest {
  method: ProbeMethod;
  url: string;
  /** Whole request, answer and body included; default 10 s. */
  timeoutMs?: number;
}

export interface ProbeResponse {
  status: number;
  /** The id to search the logs for, from `x-amzn-RequestId` (REST) or `apigw-requestid` (HTTP APIs). */
  requestId: { id: string; form: RequestIdForm; header: string } | null;
  /** `x-amz-apigw-id` (REST's extended request id), when sent. */
  extendedRequestId: string | null;
  /** The start of the body, to show what the API answered (e.g. {"message":"Missing Authentication Token"}). */
  bodyStart: string;
}

export const defaultProbeTimeoutMs = 10_000;
export const probeUserAgent = "log-doctor-probe";
const maxBodyBytes = 1024;

/** Ids by header, most specific first: REST sends x-amzn-RequestId, HTTP APIs apigw-requestid. */
const idHeaders = ["x-amzn-requestid", "apigw-requestid"] as const;

export class ProbeSendError extends Error {}

export async function sendProbe(request: ProbeRequest): Promise<ProbeResponse> {
  const timeoutMs = request.timeoutMs ?? defaultProbeTimeoutMs;
  const signal = AbortSignal.timeout(timeoutMs);
  let response: Response;
  try {
    response = await fetch(request.url, {
      method: request.method,
      // Only these: no Authorization, no x-amz-* header, no cookie. The user agent lets the user spot the probe in
      // an access log that records $context.identity.userAgent.
      headers: { "user-agent": probeUserAgent, accept: "*/*" },
      redirect: "manual",
      credentials: "omit",
      cache: "no-store",
      signal,
    });
  } catch (error) {
    throw new ProbeSendError(failure(error, request.url, timeoutMs));
  }
  let bodyStart: string;
  try {
    bodyStart = await readStart(response, maxBodyBytes);
  } catch (error) {
    throw new ProbeSendError(failure(error, request.url, timeoutMs));
  }
  return {
    status: response.status,
    requestId: requestIdOf(response.headers),
    extendedRequestId: extendedIdOf(response.headers),
    bodyStart,
  };
}

function requestIdOf(headers: Headers): ProbeResponse["requestId"] {
  for (const header of idHeaders) {
    const value = headers.get(header);
    if (value === null) continue;
    const parsed = parseRequestId(value);
    if (parsed.ok) return { id: parsed.id, form: parsed.form, header };
  }
  return null;
}

function extendedIdOf(headers: Headers): string | null {
  const parsed = parseRequestId(headers.get("x-amz-apigw-id") ?? "");
  return parsed.ok ? parsed.id : null;
}

/** Reads at most `limit` bytes of the body and drops the rest unread. */
async function readStart(response: Response, limit: number): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    while (size < limit) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      size += value.byteLength;
    }
  } finally {
    await reader.cancel().catch(() => undefined);
  }
  const bytes = Buffer.concat(chunks).subarray(0, limit);
  return new TextDecoder("utf-8", { fatal: false }).decode(bytes);
}

function failure(error: unknown, url: string, timeoutMs: number): string {
  const name = (error as { name?: string }).name;
  if (name === "TimeoutError" || name === "AbortError")
    return `no answer from ${url} within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`;
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error).message;
  return `could not send the request to ${url}: ${detail}`;
}
