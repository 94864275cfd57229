/** "4 min ago", "3 h ago", "2 d ago": how old the newest proof of flowing logs is. Pure, for pages and the CLI. */
export function formatAge(ms: number): string {
  if (ms < 60_000) return `${Math.round(ms / 1000)} s ago`;
  if (ms < 3_600_000) return `${Math.round(ms / 60_000)} min ago`;
  if (ms < 86_400_000) return `${Math.round(ms / 3_600_000)} h ago`;
  return `${Math.round(ms / 86_400_000)} d ago`;
}
