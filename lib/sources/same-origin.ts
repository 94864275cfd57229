import { isAllowedHost } from "./allowed-host";

/**
 * The server holds AWS credentials and runs on localhost, where any web page the user visits could POST to it.
 * State-changing requests must come from our own pages: the browser's Origin (or Sec-Fetch-Site) says so.
 */
export function isSameOrigin(request: Request): boolean {
  // Host only: a rebound page could set X-Forwarded-Host itself, but the browser sets Host.
  const host = request.headers.get("host");
  if (!isAllowedHost(host)) return false;
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  const origin = request.headers.get("origin");
  if (origin === null) return site !== null || request.headers.get("x-requested-with") === "log-doctor";
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
