import type { Command } from "commander";
import { readLatestEvents, type LatestEventsRequest } from "../../lib/aws/latest-events";
import type { Capture } from "../../lib/capture/schema";
import { toEpochMs } from "../../lib/capture/time";
import { latestEvents, latestEventsRequests } from "../../lib/find-request/latest-events";
import { renderLatestEventsText } from "../../lib/find-request/render-text";
import { readModel } from "../../lib/model/read-model";
import type { Collect } from "../../lib/runbook/run-runbook";
import type { CliCommand } from "../command";
import { CliInputError, exitCodes, type CliIo } from "../io";
import { readCaptureFile } from "../read-capture-file";
import { liveCollect, scanStage, stageMustExist, stageTargetOf, writeCapture } from "./find-request";

export interface LatestEventsDeps {
  collect?: (profile: string | undefined, io: CliIo) => Collect;
  read?: (profile: string | undefined, requests: LatestEventsRequest[]) => Promise<Capture["calls"]>;
  now?: () => number;
}

/**
 * `log-doctor latest-events`: the newest few events of each log kind of a stage with their age, read with
 * `logs:GetLogEvents` from each group's newest stream. Exit 0 when some kind has events, 1 when none has.
 */
export function latestEventsCommand(deps: LatestEventsDeps = {}): CliCommand {
  return {
    name: "latest-events",
    configure: (command: Command) =>
      command
        .description("Show the newest events of each of a stage's logs, with their age: are logs flowing?")
        .requiredOption("--region <region>", "the API's region, e.g. eu-west-1")
        .requiredOption("--api <id>", "the REST, HTTP or WebSocket API id")
        .requiredOption("--stage <name>", "the stage ($default for an HTTP API's default stage)")
        .option("--profile <profile>", "AWS profile (default: the SDK's default chain)")
        .option("--capture <file>", "replay a capture recorded with --out instead of calling AWS (ages as of its time)")
        .option("--out <file>", "also write the capture (scan and reads)"),
    async run(options, _args, io) {
      const target = stageTargetOf(options);
      let capture: Capture;
      let now: number;
      if (typeof options.capture === "string") {
        if (options.profile !== undefined) throw new CliInputError("--capture cannot be combined with --profile");
        capture = await readCaptureFile(options.capture);
        stageMustExist(capture, target.region, target.apiId, target.stage);
        now = toEpochMs(capture.capturedAt) ?? Date.now();
      } else {
        const profile = options.profile as string | undefined;
        const scanned = await scanStage(target, (deps.collect ?? liveCollect)(profile, io));
        const requests = latestEventsRequests(readModel(scanned), target);
        const calls = await (deps.read ?? ((p, r) => readLatestEvents({ profile: p, requests: r })))(profile, requests);
        capture = { ...scanned, calls: [...scanned.calls, ...calls] };
        now = (deps.now ?? Date.now)();
      }
      if (typeof options.out === "string") await writeCapture(options.out, capture);
      const kinds = latestEvents({ ...target, capture, model: readModel(capture), now });
      if (!kinds) throw new CliInputError(`API ${target.apiId} has no stage ${JSON.stringify(target.stage)}`);
      io.stdout.write(renderLatestEventsText(target, kinds, now));
      return kinds.some((k) => k.status === "events") ? exitCodes.ok : exitCodes.problems;
    },
  };
}
