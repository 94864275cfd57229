/**
 * The server holds AWS credentials, so it answers only under the names it is meant to have: loopback by default,
 * plus `LOG_DOCTOR_ALLOWED_HOSTS` (comma-separated host names) when it is served elsewhere. Checking the Host
 * header defeats DNS rebinding, where a web page re-points its own name at 127.0.0.1 to become "same origin".
 */
export function isAllowedHost(
  hostHeader: string | null,
  allowed: string | undefined = process.env.LOG_DOCTOR_ALLOWED_HOSTS,
): boolean {
  if (!hostHeader) return false;
  const host = hostHeader.toLowerCase().replace(/:\d+$/, "");
  if (host === "localhost" || host === "127.0.0.1" || host === "[::1]" || /^127(\.\d{1,3}){3}$/.test(host)) return true;
  return (allowed ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase())
    .some((name) => name !== "" && name === host);
}
