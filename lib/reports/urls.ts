import { runbookPath, type RunbookTarget } from "../runbook/target";

export const DEFAULT_BASE_URL = "http://127.0.0.1:3000";

/**
 * Where Log Doctor is served, for links printed by the CLI: `--base-url`, else `LOG_DOCTOR_BASE_URL`, else the local
 * server. An http(s) URL, possibly with a path prefix; no query, fragment or credentials (they would end up in links).
 */
export function resolveBaseUrl(option: string | undefined, env: Record<string, string | undefined>): string {
  const raw = option ?? (env.LOG_DOCTOR_BASE_URL || DEFAULT_BASE_URL);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new RangeError(`base URL ${JSON.stringify(raw)} is not a URL`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new RangeError(`base URL ${JSON.stringify(raw)} must start with http:// or https://`);
  if (url.username || url.password || url.search || url.hash) throw new RangeError(`base URL ${JSON.stringify(raw)} must not carry credentials, a query or a fragment`);
  return `${url.origin}${url.pathname.replace(/\/+$/, "")}`;
}

export function reportPath(id: string): string {
  return `/reports/${id}`;
}

export function reportUrl(baseUrl: string, id: string): string {
  return `${baseUrl}${reportPath(id)}`;
}

export function runbookUrl(baseUrl: string, target: RunbookTarget): string {
  return `${baseUrl}${runbookPath(target)}`;
}

/** The base for links the server prints into exports: LOG_DOCTOR_BASE_URL when it is a valid base, else the request's origin. */
export function serverBaseUrl(requestUrl: string, env: Record<string, string | undefined>): string {
  if (env.LOG_DOCTOR_BASE_URL) {
    try {
      return resolveBaseUrl(undefined, env);
    } catch {
      // A misconfigured variable must not break downloads: the request's own origin is still a working link.
    }
  }
  return new URL(requestUrl).origin;
}
