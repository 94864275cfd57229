import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL("./", import.meta.url)) } },
  test: {
    include: ["{lib,cli,components,app,bench,scripts,testing}/**/*.test.{ts,tsx}"],
    environment: "node",
    // A developer's own DATABASE_URL must not send the SQLite tests' reports to a real server; the PostgreSQL tests
    // use LOG_DOCTOR_TEST_DATABASE_URL and a schema of their own.
    env: { DATABASE_URL: "" },
    // Guards against a hung test, not speed limits: a busy or slow machine (CI on a fresh box, two runs at once)
    // must not turn a correct test red. Speed is measured by npm run bench.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
