import { describePostgres } from "../../testing/db/describe-postgres";
import { freshSchema } from "../../testing/db/test-database";
import { PostgresScanStore } from "./postgres-scan-store";
import { describeScanStore } from "../../testing/sources/scan-store-contract";

describePostgres("PostgresScanStore", () => {
  describeScanStore("PostgresScanStore", async () => {
    const { url, schema, drop } = await freshSchema();
    return { open: (options) => new PostgresScanStore({ url, schema, ...options }), dispose: drop };
  });
});
