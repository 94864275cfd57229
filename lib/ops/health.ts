import { postgresUrl } from "../db/database-url";
import { defaultReportStore } from "../reports/default-store";
import type { ReportStore } from "../reports/store";
import { log } from "./log";

type Env = Record<string, string | undefined>;

/**
 * GET /api/health for load balancers and orchestrators: 200 when the database answers a read, 503 when it does not.
 * It is open (no sign-in, any Host: an ALB health check sends the target's IP) and says only which kind of database
 * and whether it answered; the reason goes to the server log, where an operator can see it and a stranger cannot.
 */
export async function healthResponse(
  env: Env = process.env,
  store: ReportStore = defaultReportStore(env),
): Promise<Response> {
  const database = postgresUrl(env) ? "postgresql" : "sqlite";
  const headers = { "Cache-Control": "no-store" };
  try {
    // A read of a well-formed id no report has (a malformed one would be answered without asking the database):
    // it touches the table, and the migration, and holds nothing.
    await store.get("health-check-000000000");
    return Response.json({ status: "ok", database }, { headers });
  } catch (error) {
    log("error", "health", `database unreachable: ${(error as Error).message}`);
    return Response.json({ status: "unavailable", database }, { status: 503, headers });
  }
}
