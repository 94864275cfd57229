import { parseCapture } from "../lib/capture/parse-capture";
import { readModel } from "../lib/model/read-model";
import { checks, checkOrder } from "../lib/checks/registry";
import { stageVerdicts } from "../lib/checks/verdicts";
import { generateAccount } from "./generate-account";
const parsed = parseCapture(JSON.stringify(generateAccount(10000)));
if (!parsed.ok) throw new Error();
for (let i = 0; i < 6; i++) {
  let t = performance.now();
  const model = readModel(parsed.capture);
  const tm = performance.now() - t;
  const ctx = { model, symptoms: new Set<string>() };
  const per: Record<string, number> = {};
  t = performance.now();
  const findings = checks.flatMap((c) => { const s = performance.now(); const r = c.run(ctx); per[c.id] = performance.now() - s; return r; });
  const tc = performance.now() - t;
  t = performance.now();
  stageVerdicts(model, findings, checkOrder);
  const tv = performance.now() - t;
  if (i === 5) console.log(Object.entries(per).filter(([, v]) => v > 3).map(([k, v]) => `${k}:${Math.round(v)}`).join(" "));
  console.log({ model: Math.round(tm), checks: Math.round(tc), verdicts: Math.round(tv) });
}
