/**
 * What a request needs, by path and method: `open` (sign-in pages, health, static files), `report` (a report link:
 * open when LOG_DOCTOR_PUBLIC_REPORTS=true, else a signed-in user), `scan` (anything that runs a live diagnosis with
 * the server's AWS role, limited to LOG_DOCTOR_SCAN_GROUP when set), or `user` (everything else).
 */
export type Access = "open" | "user" | "report" | "scan";

const REPORT_ID = "[A-Za-z0-9_-]{22}";
const reportPaths = [
  new RegExp(`^/reports/${REPORT_ID}(\\.(md|json))?$`),
  new RegExp(`^/api/reports/${REPORT_ID}/[^/]+$`),
];

export function accessFor(pathname: string, method: string): Access {
  if (
    pathname === "/api/health" ||
    pathname.startsWith("/auth/") ||
    pathname.startsWith("/_next/") ||
    pathname === "/icon.svg" ||
    pathname === "/favicon.ico"
  )
    return "open";
  if (reportPaths.some((pattern) => pattern.test(pathname))) return "report";
  if (pathname.startsWith("/runbook/")) return "scan";
  if (pathname === "/api/scans" && method === "POST") return "scan";
  if (/^\/api\/scans\/[^/]+$/.test(pathname) && method === "DELETE") return "scan";
  return "user";
}
