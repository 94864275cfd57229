import type { Capture } from "../capture/schema";
import type { Analysis } from "../engine/analyze";
import { isReportId, newReportId } from "../reports/id";

export interface RecentScan {
  capture: Capture;
  analysis: Analysis;
  at: number;
}

const TTL_MS = 60 * 60 * 1000;
const MAX_SCANS = 32;

// Per server process, on globalThis so development reloads keep it. Lost on restart: saving then asks to reload.
const state = globalThis as typeof globalThis & { __logDoctorRecentScans?: Map<string, RecentScan> };

/**
 * Keeps a runbook page's scan for an hour under an unguessable token, so "Save as report" stores exactly what the
 * page showed without sending the capture through the browser.
 */
export function rememberScan(capture: Capture, analysis: Analysis, now = Date.now()): string {
  const scans = (state.__logDoctorRecentScans ??= new Map());
  for (const [token, scan] of scans) if (scan.at + TTL_MS <= now) scans.delete(token);
  while (scans.size >= MAX_SCANS) scans.delete(scans.keys().next().value!);
  const token = newReportId();
  scans.set(token, { capture, analysis, at: now });
  return token;
}

export function recentScan(token: string, now = Date.now()): RecentScan | null {
  if (!isReportId(token)) return null;
  const scan = state.__logDoctorRecentScans?.get(token);
  return scan && scan.at + TTL_MS > now ? scan : null;
}
