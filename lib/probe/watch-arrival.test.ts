import { describe, expect, it } from "vitest";
import type { LogSearch } from "../aws/search-logs";
import type { CaptureCall } from "../capture/schema";
import { analyze } from "../engine/analyze";
import { readModel } from "../model/read-model";
import { accessDenied, capture, capturedAtMs } from "../../testing/capture-builder";
import { arrivalSummary } from "./render-probe-text";
import { pollIntervalMs, watchArrival } from "./watch-arrival";

const region = "us-east-1";
const id = "OKpvnFl8IAMFb7g=";
const accessGroup = "/aws/vendedlogs/h1t2p3a4p5/$default";

/** An HTTP API's $default stage: no execution logs, so only the access log is awaited. */
function httpStage() {
  const builder = capture();
  return builder
    .httpApi("h1t2p3a4p5", { name: "catalog" })
    .stage("$default", {
      access: {
        destinationArn: builder.logGroupArn(region, accessGroup),
        format: '{"requestId":"$context.requestId","status":"$context.status"}',
      },
    })
    .logGroups(region, accessGroup, [accessGroup])
    .build();
}

/** A fake FilterLogEvents: the access line is there once `visibleAfterMs` have passed on the fake clock. */
function fakeSearch(clock: { now: number }, answer: (search: LogSearch) => Pick<CaptureCall, "output" | "error">) {
  const asked: LogSearch[] = [];
  return {
    asked,
    search: async (searches: LogSearch[]): Promise<CaptureCall[]> => {
      asked.push(...searches);
      return searches.map((s) => ({
        service: "cloudwatch-logs",
        region: s.region,
        operation: "FilterLogEvents",
        input: {
          logGroupName: s.logGroupName,
          filterPattern: s.filterPattern,
          startTime: s.startTime,
          endTime: s.endTime,
        },
        ...answer(s),
      }));
    },
    deps: { now: () => clock.now, sleep: async (ms: number) => void (clock.now += ms) },
  };
}

function input(scanned = httpStage(), waitMs = 60_000) {
  return {
    scanned,
    model: readModel(scanned),
    diagnosis: analyze(scanned).diagnosis,
    where: { region, apiId: "h1t2p3a4p5", stage: "$default" },
    requestId: { id, form: "extended" as const },
    sentAt: capturedAtMs,
    waitMs,
  };
}

describe("watchArrival", () => {
  it("stops as soon as the only log kind that records the request has it (HTTP APIs write no execution logs)", async () => {
    const clock = { now: capturedAtMs };
    const fake = fakeSearch(clock, () => ({
      output: {
        events:
          clock.now - capturedAtMs >= 6_000
            ? [
                {
                  eventId: "1",
                  timestamp: capturedAtMs + 100,
                  logStreamName: "s",
                  message: `{"requestId":"${id}","status":"404"}`,
                },
              ]
            : [],
        searchedLogStreams: [],
      },
    }));
    const result = await watchArrival(input(), { search: fake.search, ...fake.deps });
    expect(result.polls).toBe(3);
    expect(fake.asked.map((s) => [s.logGroupName, s.filterPattern, s.endTime - s.startTime])).toEqual([
      [accessGroup, `"${id}"`, 62_000],
      [accessGroup, `"${id}"`, 64_000],
      [accessGroup, `"${id}"`, 66_000],
    ]);
    expect(arrivalSummary(result.kinds)).toBe(
      "access: arrived after ~6 s; execution: cannot be searched — HTTP APIs write no execution logs; only access logs record their requests",
    );
  });

  it("stops searching a group it may not read, and says which permission is missing", async () => {
    const clock = { now: capturedAtMs };
    const fake = fakeSearch(clock, () => ({ error: accessDenied("logs:FilterLogEvents") }));
    const result = await watchArrival(input(), { search: fake.search, ...fake.deps });
    expect(result.polls).toBe(1);
    expect(result.kinds.find((k) => k.kind === "access")).toMatchObject({
      status: "could-not-search",
      why: [expect.stringMatching(/not allowed logs:FilterLogEvents on \/aws\/vendedlogs/)],
    });
  });

  it("waits the whole wait when nothing arrives, and says so", async () => {
    const clock = { now: capturedAtMs };
    const fake = fakeSearch(clock, () => ({ output: { events: [], searchedLogStreams: [] } }));
    const result = await watchArrival(input(httpStage(), 40_000), { search: fake.search, ...fake.deps });
    expect(result.waitedMs).toBe(40_000);
    expect(result.kinds.find((k) => k.kind === "access")?.status).toBe("not-arrived");
  });

  it("polls every 2 s for the first half minute, then every 5 s", () => {
    expect([0, 29_999, 30_000, 100_000].map(pollIntervalMs)).toEqual([2_000, 2_000, 5_000, 5_000]);
  });
});
