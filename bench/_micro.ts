import { setAccessLogging, recommendedFormat } from "../lib/checks/support/fixes/access-log";
import { setStageLoggingLevel } from "../lib/checks/support/fixes/stage";
const stage = { region: "us-east-1", api: { id: "a000000123", type: "REST" as const, name: "orders-12" }, name: "prod" };
const fmt = recommendedFormat("REST");
for (let r = 0; r < 3; r++) {
  let t = performance.now();
  for (let i = 0; i < 10000; i++) setAccessLogging(stage, "arn:aws:logs:us-east-1:123456789012:log-group:/aws/x/y", "summary", fmt);
  console.log("setAccessLogging x10k", Math.round(performance.now() - t));
  t = performance.now();
  for (let i = 0; i < 10000; i++) setStageLoggingLevel(stage, "INFO", "summary");
  console.log("setStageLoggingLevel x10k", Math.round(performance.now() - t));
}
