const units: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
export const maxSinceMs = 30 * units.d;
export const defaultSince = "2h";

/** `15m`, `2h`, `3d`: how far back to search, 1 minute to 30 days; null when the text is not such a duration. */
export function sinceMs(text: string): number | null {
  const match = /^(\d{1,5})([mhd])$/.exec(text.trim());
  const ms = match ? Number(match[1]) * units[match[2]] : NaN;
  return ms > 0 && ms <= maxSinceMs ? ms : null;
}
