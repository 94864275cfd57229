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
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new RangeError(`base URL ${JSON.stringify(raw)} must start with http:// or https://`);
  if (url.username || url.password || url.search || url.hash)
    throw new RangeError(`base URL ${JSON.stringify(raw)} must not carry credentials, a query or a fragment`);
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

/**
 * The one base URL the server builds report links on — the Share panel's link, the saved-report answer and the
 * exports: LOG_DOCTOR_BASE_URL when it is a valid base, else the request's origin. The CLI's `resolveBaseUrl` reads
 * the same variable, so a server and a CLI with the same environment print the same links.
 */
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

/** 127.0.0.0/8, ::1 and localhost (with its subdomains, which resolvers send to the loopback too). */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === "localhost" || host.endsWith(".localhost") || host === "[::1]" || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Why a link on this base will not open for anyone else, and what to do about it; null when the base is not a loopback
 * address. One wording for the Share panel and the CLI.
 */
export function loopbackWarning(baseUrl: string): string | null {
  if (!isLoopbackUrl(baseUrl)) return null;
  return `This link points to ${new URL(baseUrl).host}, this computer's own address: a colleague who opens it reaches their own machine, not this server. Set LOG_DOCTOR_BASE_URL to the address they use to reach this server (for example https://log-doctor.example.com) and restart it, or send them the HTML download instead.`;
}

/**
 * The base URL for links the server hands out (pages, the saved answer, exports), from the request's headers: the
 * Host the browser used — already checked against the host allowlist — where a route's `request.url` may name the
 * server's own bind address instead.
 */
export function baseUrlFromHeaders(
  headers: { get(name: string): string | null },
  env: Record<string, string | undefined>,
): string {
  const host = headers.get("host") ?? "127.0.0.1";
  // Behind a TLS-terminating proxy the server itself speaks http; the proxy says which scheme the browser used.
  const scheme = headers.get("x-forwarded-proto")?.split(",")[0].trim() === "https" ? "https" : "http";
  try {
    return serverBaseUrl(`${scheme}://${host}/`, env);
  } catch {
    return serverBaseUrl("http://127.0.0.1/", env);
  }
}
