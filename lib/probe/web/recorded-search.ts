import type { LogSearch } from "../../aws/search-logs";
import { RecordedLogSearches } from "../../aws/replay/log-searches";
import type { Capture, CaptureCall } from "../../capture/schema";

/**
 * FilterLogEvents answered from a capture's recorded searches, as the replay server answers them (same group,
 * pattern and token; the window inside the recorded one; only the events inside the window), with no AWS call.
 * A search the capture does not hold is an error, so find-request says it could not search rather than "absent".
 */
export function recordedSearch(capture: Capture): (searches: LogSearch[]) => Promise<CaptureCall[]> {
  const recorded = new RecordedLogSearches(capture);
  return async (searches) =>
    searches.map((s): CaptureCall => {
      const input = {
        logGroupName: s.logGroupName,
        filterPattern: s.filterPattern,
        startTime: s.startTime,
        endTime: s.endTime,
      };
      const answer = recorded.answer(s.region, JSON.stringify(input));
      const base = { service: "cloudwatch-logs", region: s.region, operation: "FilterLogEvents", input };
      if (!answer)
        return {
          ...base,
          error: { name: "NotRecorded", message: "this recording holds no search for this request id and window" },
        };
      return answer.error ? { ...base, error: answer.error } : { ...base, output: answer.output };
    });
}
