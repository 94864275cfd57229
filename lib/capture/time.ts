/** Timestamps in captures are ISO-8601 strings or epoch numbers (seconds or milliseconds); AWS uses both. */
export function toEpochMs(value: unknown): number | null {
  if (typeof value === "number" && Number.isFinite(value)) {
    // Epoch seconds have at most 10 digits until the year 2286; milliseconds have 13.
    return value < 1e11 ? value * 1000 : value;
  }
  if (typeof value === "string" && value.trim() !== "") {
    if (/^\d+(\.\d+)?$/.test(value.trim())) return toEpochMs(Number(value));
    const ms = Date.parse(value);
    return Number.isNaN(ms) ? null : ms;
  }
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
  return null;
}

export function toIsoTime(value: unknown): string | null {
  if (typeof value === "string" && toEpochMs(value) !== null && !/^\d+(\.\d+)?$/.test(value.trim())) return value;
  const ms = toEpochMs(value);
  return ms === null ? null : new Date(ms).toISOString();
}
