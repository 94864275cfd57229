import type { CaptureCall } from "../capture/schema";
import { runLogContentCalls, type LogContentOptions } from "./search-logs";

/** The newest stream of a group, as the scan's DescribeLogStreams found it. */
export interface LatestEventsRequest {
  region: string;
  logGroupName: string;
  logStreamName: string;
}

export const defaultLatestEventsLimit = 5;

/**
 * Reads the newest few events of each group's newest stream with `logs:GetLogEvents` (`startFromHead: false`
 * returns the end of the stream), one call per group, and returns the recorded calls to append to a capture.
 * Never part of a scan: only "latest events" asks for log content.
 */
export function readLatestEvents(
  options: LogContentOptions & { requests: LatestEventsRequest[]; limit?: number },
): Promise<CaptureCall[]> {
  const limit = options.limit ?? defaultLatestEventsLimit;
  return runLogContentCalls(options, (runner) =>
    Promise.all(
      options.requests.map((request, index) =>
        runner.run({
          service: "cloudwatch-logs",
          region: request.region,
          clientRegion: request.region,
          operation: "GetLogEvents",
          input: {
            logGroupName: request.logGroupName,
            logStreamName: request.logStreamName,
            limit,
            startFromHead: false,
          },
          order: [index],
        }),
      ),
    ),
  );
}
