// A server stand-in for scan-shutdown.test.ts, run as its own process: installs the server's signal handling, starts a
// live scan that replays the demo capture (us-east-1 quickly, eu-west-1 never finishing), prints "ready <id>" once
// us-east-1 is done, and waits for SIGTERM.
import { replayCollector } from "../../lib/sources/replay-collector";
import { startScan } from "../../lib/sources/live-scan";
import { exitAfterScansOnSignal } from "../../lib/sources/scan-shutdown";
import type { RegionCollectOptions } from "../../lib/sources/region-collector";

const file = "fixtures/demo-account.capture.json";
const quick = replayCollector(file, 1);
const endless = replayCollector(file, 24 * 60 * 60 * 1000);
const collectRegion = (options: RegionCollectOptions) =>
  options.region === "us-east-1" ? quick(options) : endless(options);

exitAfterScansOnSignal();
const outcome = await startScan({ regions: ["us-east-1", "eu-west-1"] }, { available: true, collectRegion });
if (!outcome.ok) throw new Error(`the scan did not start: ${outcome.reason}`);
const { job } = outcome;
const unsubscribe = job.subscribe((snapshot) => {
  if (snapshot.regions[0].state !== "done") return;
  unsubscribe();
  console.log(`ready ${job.id}`);
});
