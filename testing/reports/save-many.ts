// Child process of sqlite-store.test.ts: saves `count` reports into one database file while siblings do the same,
// and prints the ids it got, one JSON line.
import { SqliteReportStore } from "../../lib/reports/sqlite-store";
import { sampleReport } from "./sample-report";

const [file, count, tag] = process.argv.slice(2);
const store = new SqliteReportStore(file);
const ids: string[] = [];
for (let i = 0; i < Number(count); i += 1) {
  ids.push((await store.save(sampleReport("03-role-deleted", { title: `${tag} ${i}` }))).id);
}
await store.close();
process.stdout.write(`${JSON.stringify(ids)}\n`);
