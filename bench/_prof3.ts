import { parseCapture } from "../lib/capture/parse-capture";
import { readModel } from "../lib/model/read-model";
import { checks } from "../lib/checks/registry";
import { generateAccount } from "./generate-account";
const parsed = parseCapture(JSON.stringify(generateAccount(10000)));
if (!parsed.ok) throw new Error();
const model = readModel(parsed.capture);
const ctx = { model, symptoms: new Set<string>() };
const check = checks.find((c) => c.id === process.argv[2])!;
for (let i = 0; i < 10; i++) { const t = performance.now(); check.run(ctx); if (i > 6) console.log(Math.round(performance.now() - t)); }
for (let i = 0; i < 40; i++) check.run(ctx);
