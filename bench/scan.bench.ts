// A full scan of a generated 650-API account through the replay server, which enforces API Gateway's control
// plane quota (10 requests per second, burst 40, per region) the way AWS does. Progress goes to stderr; the one
// result line to stdout.
import { collectCapture } from "../lib/aws/collect";
import { startReplayServer } from "../lib/aws/replay/server";
import { generateAccountCapture } from "../testing/aws/generated-account";
import { awsQuotas, minimumSeconds } from "../lib/aws/throttle/quotas";

const regions = ["us-east-1", "eu-west-1"];
// 500 REST + 100 HTTP + 50 WebSocket APIs in the account, split evenly over its two regions.
const perRegion = { rest: 250, http: 50, websocket: 25 };
const now = new Date("2026-11-22T10:00:00Z");

export async function run(): Promise<void> {
  const capture = generateAccountCapture({
    regions,
    ...perRegion,
    stagesPerApi: 3,
    domainsPerRegion: 10,
    now,
    lookbackDays: 30,
  });
  const server = await startReplayServer({ capture, quotas: { apigateway: awsQuotas.apigateway } });
  let lastReport = 0;
  try {
    const started = performance.now();
    const collected = await collectCapture({
      regions,
      now: () => now,
      lookbackDays: 30,
      clientOverrides: { endpoint: server.url, credentials: { accessKeyId: "AKIDBENCH", secretAccessKey: "bench" } },
      onProgress: (event) => {
        if (event.type === "summary" || performance.now() - lastReport < 5000) return;
        lastReport = performance.now();
        console.error(
          `scan: ${event.done}/${event.planned} calls after ${Math.round((lastReport - started) / 1000)} s`,
        );
      },
    });
    const wallSeconds = (performance.now() - started) / 1000;

    const apis = regions.length * (perRegion.rest + perRegion.http + perRegion.websocket);
    const getStages = collected.calls.filter((call) => call.operation === "GetStages").length;
    const minimum = minimumSeconds(collected.calls);
    if (server.stats.notRecorded > 0)
      console.error(`scan: ${server.stats.notRecorded} calls were not in the generated account`);
    const failed = collected.calls.filter((call) => call.error).length;
    if (failed > 0) console.error(`scan: ${failed} calls ended in an error`);
    console.error(`scan: wall ${wallSeconds.toFixed(1)} s, quota minimum ${minimum.toFixed(1)} s`);
    console.log(
      `scan: ${apis} APIs, ${collected.calls.length} calls, ${(getStages / apis).toFixed(2)} GetStages/API, ` +
        `wall/minimum ${(wallSeconds / minimum).toFixed(2)}, 429s ${server.stats.throttled}`,
    );
  } finally {
    await server.stop();
  }
}
