import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { SqliteScanStore } from "./sqlite-scan-store";
import { describeScanStore } from "../../testing/sources/scan-store-contract";

describeScanStore("SqliteScanStore", async () => {
  const root = await mkdtemp(path.join(tmpdir(), "log-doctor-scans-"));
  return {
    open: (options) => new SqliteScanStore(path.join(root, "scans.sqlite"), options),
    dispose: () => rm(root, { recursive: true, force: true }),
  };
});
