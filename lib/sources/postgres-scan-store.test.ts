import { describePostgres } from "../db/testing/describe-postgres";
import { freshSchema } from "../db/testing/test-database";
import { PostgresScanStore } from "./postgres-scan-store";
import { describeScanStore } from "./testing/scan-store-contract";

describePostgres("PostgresScanStore", () => {
  describeScanStore("PostgresScanStore", async () => {
    const { url, schema, drop } = await freshSchema();
    return { open: (options) => new PostgresScanStore({ url, schema, ...options }), dispose: drop };
  });
});
