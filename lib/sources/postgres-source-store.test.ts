import { expect, it } from "vitest";
import { capture } from "../../testing/capture-builder";
import { describePostgres } from "../../testing/db/describe-postgres";
import { admin, freshSchema } from "../../testing/db/test-database";
import { PostgresSourceStore } from "./postgres-source-store";
import { describeSourceStore } from "../../testing/sources/source-store-contract";

describePostgres("PostgresSourceStore", () => {
  describeSourceStore("PostgresSourceStore", async () => {
    const { url, schema, drop } = await freshSchema();
    return { open: (limits) => new PostgresSourceStore({ url, schema, ...limits }), dispose: drop };
  });

  it("ignores a tampered row that is not a capture", async () => {
    const { url, schema, drop } = await freshSchema();
    const limits = { ttlMs: 60_000, maxBytes: 10_000_000, maxMemoryEntries: 2 };
    const stores = [
      new PostgresSourceStore({ url, schema, ...limits }),
      new PostgresSourceStore({ url, schema, ...limits }),
    ];
    try {
      const meta = await stores[0].put(capture().build(), { kind: "upload", label: "a" });
      await admin(`UPDATE ${schema}.sources SET capture = '{"kind":"nope"}' WHERE id = $1`, [meta.id]);
      expect(await stores[1].get(meta.id)).toBeNull();
      await admin(`UPDATE ${schema}.sources SET capture = 'not json' WHERE id = $1`, [meta.id]);
      expect(await stores[1].get(meta.id)).toBeNull();
    } finally {
      await Promise.all(stores.map((store) => store.close()));
      await drop();
    }
  });
});
