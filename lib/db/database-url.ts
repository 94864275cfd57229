type Env = Record<string, string | undefined>;

/**
 * The PostgreSQL server named by `DATABASE_URL`, or null for the default embedded SQLite file. Anything that is not a
 * postgres:// URL is refused rather than ignored: a team that set it expects its reports on the server.
 */
export function postgresUrl(env: Env = process.env): string | null {
  const url = env.DATABASE_URL?.trim();
  if (!url) return null;
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new Error(
      "DATABASE_URL must be a PostgreSQL URL (postgres://user:password@host:5432/database); leave it unset to keep reports in the local SQLite file",
    );
  }
  return url;
}
