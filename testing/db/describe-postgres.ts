import { describe, it } from "vitest";
import { probeTestDatabase } from "./test-database";

const status = await probeTestDatabase();

/**
 * `describe` for tests that need the PostgreSQL server. Without one they fail in CI (a green run must have run them)
 * and are skipped, with the reason, on a laptop that has no PostgreSQL.
 */
export function describePostgres(name: string, body: () => void): void {
  if (status.reachable) {
    describe(name, body);
  } else if (process.env.CI) {
    describe(name, () => {
      it("needs PostgreSQL (CI runs every store test on it)", () => {
        throw new Error(`${status.reason}. .ci/run starts Debian's PostgreSQL and sets LOG_DOCTOR_TEST_DATABASE_URL.`);
      });
    });
  } else {
    console.warn(`skipping "${name}": ${status.reason} (set LOG_DOCTOR_TEST_DATABASE_URL to run it)`);
    describe.skip(name, body);
  }
}
