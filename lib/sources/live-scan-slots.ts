type Env = Record<string, string | undefined>;

const DEFAULT_MAX_LIVE_SCANS = 4;
const DEFAULT_MAX_LIVE_SCANS_PER_USER = 2;

// Per server process, on globalThis so development reloads share one count.
const state = globalThis as typeof globalThis & { __logDoctorLiveScanSlots?: { running: number; peak: number } };
const slots = () => (state.__logDoctorLiveScanSlots ??= { running: 0, peak: 0 });

/** `LOG_DOCTOR_MAX_LIVE_SCANS` (a whole number ≥ 1), default 4. */
export function maxLiveScans(env: Env = process.env): number {
  const value = Number(env.LOG_DOCTOR_MAX_LIVE_SCANS);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_MAX_LIVE_SCANS;
}

/**
 * `LOG_DOCTOR_MAX_LIVE_SCANS_PER_USER` (a whole number ≥ 1), default 2: wizard scans one user may run at once over
 * every replica, counted in the scan store.
 */
export function maxLiveScansPerUser(env: Env = process.env): number {
  const value = Number(env.LOG_DOCTOR_MAX_LIVE_SCANS_PER_USER);
  return Number.isInteger(value) && value >= 1 ? value : DEFAULT_MAX_LIVE_SCANS_PER_USER;
}

/**
 * A place among the live AWS scans this server runs at once — wizard scans and runbook pages alike — or null when
 * they are all taken: whoever asked is told the server is busy instead of adding another scan against the
 * account's quotas. The returned function gives the place back (once, however often it is called).
 */
export function takeLiveScanSlot(env: Env = process.env): (() => void) | null {
  const current = slots();
  if (current.running >= maxLiveScans(env)) return null;
  current.running += 1;
  current.peak = Math.max(current.peak, current.running);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    current.running -= 1;
  };
}

/** How many live scans run now, and the most that ever ran at once (tests read it). */
export function liveScanSlotUse(): { running: number; peak: number } {
  return { ...slots() };
}

export function busyMessage(env: Env = process.env): string {
  const max = maxLiveScans(env);
  return `This server is already running ${max} live AWS scan${max === 1 ? "" : "s"}, as many as it allows at once; try again in a minute.`;
}
