// Regenerates fixtures/demo-account.capture.json: `npx tsx lib/sources/demo-account/generate.ts`.
import { writeFileSync } from "node:fs";
import { buildDemoCapture } from "./build-demo-capture";

const target = new URL("../../../fixtures/demo-account.capture.json", import.meta.url);
writeFileSync(target, `${JSON.stringify(buildDemoCapture(), null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
