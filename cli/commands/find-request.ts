import { writeFile } from "node:fs/promises";
import { Option, type Command } from "commander";
import { searchLogs, type LogSearch } from "../../lib/aws/search-logs";
import type { Capture } from "../../lib/capture/schema";
import { analyze } from "../../lib/engine/analyze";
import { findRequest, plannedSearches } from "../../lib/find-request/find-request";
import { renderFindRequestText } from "../../lib/find-request/render-text";
import { filterPatternOf, parseRequestId } from "../../lib/find-request/request-id";
import { readModel } from "../../lib/model/read-model";
import { runRunbook, type Collect } from "../../lib/runbook/run-runbook";
import { API_ID_PATTERN, REGION_PATTERN, STAGE_PATTERN } from "../../lib/runbook/target";
import type { CliCommand } from "../command";
import { CliInputError, exitCodes, type CliIo } from "../io";
import { readCaptureFile } from "../read-capture-file";
import { scanWithProgress } from "./collect";

export interface FindRequestDeps {
  /** The one-API scan (default: the live collector with the given profile). */
  collect?: (profile: string | undefined, io: CliIo) => Collect;
  /** The log searches (default: live FilterLogEvents). */
  search?: (profile: string | undefined, searches: LogSearch[]) => Promise<Capture["calls"]>;
  now?: () => number;
}

const units: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000 };
const maxSinceMs = 30 * units.d;

/**
 * `log-doctor find-request`: the one-API scan a runbook link runs, plus read-only FilterLogEvents searches of
 * every group the stage's logs can be in, explained with the stage's diagnosis. Exit 0 when the request is in
 * some log, 1 when it is in none (or none could be searched), 2 for bad input.
 */
export function findRequestCommand(deps: FindRequestDeps = {}): CliCommand {
  return {
    name: "find-request",
    configure: (command: Command) =>
      command
        .description("Search a stage's logs for one request id and explain where it is and is not")
        .requiredOption("--region <region>", "the API's region, e.g. eu-west-1")
        .requiredOption("--api <id>", "the REST, HTTP or WebSocket API id")
        .requiredOption("--stage <name>", "the stage ($default for an HTTP API's default stage)")
        .requiredOption("--request-id <id>", "the x-amzn-RequestId, apigw-requestid or x-amz-apigw-id value")
        .option("--since <duration>", "how far back to search: 15m, 2h, 3d (at most 30d; default 2h)")
        .option("--profile <profile>", "AWS profile (default: the SDK's default chain)")
        .option("--capture <file>", "replay a capture recorded with --out instead of calling AWS")
        .option("--out <file>", "also write the capture (scan and searches) for replay or a ticket")
        .addOption(new Option("--format <format>", "output format").choices(["text", "json"]).default("text")),
    async run(options, _args, io) {
      const { region, apiId, stage } = stageTargetOf(options);
      const requestId = parseRequestId(String(options.requestId));
      if (!requestId.ok) throw new CliInputError(requestId.message);

      let capture: Capture;
      if (typeof options.capture === "string") {
        if (options.profile !== undefined) throw new CliInputError("--capture cannot be combined with --profile");
        if (options.since !== undefined)
          throw new CliInputError(
            "--capture replays the recorded searches, whose window is recorded with them: drop --since",
          );
        capture = await readCaptureFile(options.capture);
        stageMustExist(capture, region, apiId, stage);
      } else {
        const since = parseSince(String(options.since ?? "2h"));
        const profile = options.profile as string | undefined;
        const scanned = await scanStage({ region, apiId, stage }, (deps.collect ?? liveCollect)(profile, io));
        const end = (deps.now ?? Date.now)();
        const searches = plannedSearches(readModel(scanned), { region, apiId, stage }).flatMap((target) =>
          target.searchable
            ? [
                {
                  region: target.region,
                  logGroupName: target.logGroupName,
                  filterPattern: filterPatternOf(requestId.id),
                  startTime: end - since,
                  endTime: end,
                },
              ]
            : [],
        );
        const calls = await (deps.search ?? liveSearch)(profile, searches);
        capture = { ...scanned, calls: [...scanned.calls, ...calls] };
      }
      if (typeof options.out === "string") await writeCapture(options.out, capture);

      const result = findRequest({
        capture,
        model: readModel(capture),
        diagnosis: analyze(capture).diagnosis,
        region,
        apiId,
        stage,
        requestId,
      });
      if (!result) throw new CliInputError(noStage(stage, apiId, []));
      io.stdout.write(
        options.format === "json" ? `${JSON.stringify(result, null, 2)}\n` : renderFindRequestText(result),
      );
      return result.found ? exitCodes.ok : exitCodes.problems;
    },
  };
}

export function stageTargetOf(options: Record<string, unknown>): { region: string; apiId: string; stage: string } {
  const region = String(options.region);
  const apiId = String(options.api);
  const stage = String(options.stage);
  if (!REGION_PATTERN.test(region))
    throw new CliInputError(`--region ${JSON.stringify(region)} is not a region name like us-east-1`);
  if (!API_ID_PATTERN.test(apiId))
    throw new CliInputError(`--api ${JSON.stringify(apiId)} is not an API id (10 lower-case letters and digits)`);
  if (!STAGE_PATTERN.test(stage)) throw new CliInputError(`--stage ${JSON.stringify(stage)} is not a stage name`);
  return { region, apiId, stage };
}

/** The runbook's one-API scan of a stage; a missing API or stage, or no credentials, is bad input. */
export async function scanStage(
  target: { region: string; apiId: string; stage: string },
  collect: Collect,
): Promise<Capture> {
  const outcome = await runRunbook(target, { collect, env: {} });
  if (outcome.kind === "no-credentials") throw new CliInputError(`no AWS credentials found (${outcome.detail})`);
  if (outcome.kind === "api-not-found")
    throw new CliInputError(
      `no API ${target.apiId} in ${target.region}${outcome.account ? ` of account ${outcome.account}` : ""}`,
    );
  if (outcome.kind === "stage-not-found") throw new CliInputError(noStage(target.stage, target.apiId, outcome.stages));
  if (outcome.kind === "busy") throw new Error(outcome.message);
  return outcome.capture;
}

export const liveCollect =
  (profile: string | undefined, io: CliIo): Collect =>
  (options) =>
    scanWithProgress({ profile, regions: options.regions, apiId: options.apiId, stage: options.stage }, io);

const liveSearch = (profile: string | undefined, searches: LogSearch[]) => searchLogs({ profile, searches });

export function parseSince(text: string): number {
  const match = /^(\d+)([mhd])$/.exec(text.trim());
  const ms = match ? Number(match[1]) * units[match[2]] : NaN;
  if (!(ms > 0) || ms > maxSinceMs) {
    throw new CliInputError(`--since ${JSON.stringify(text)} is not a duration from 1m to 30d, like 15m, 2h or 3d`);
  }
  return ms;
}

export function stageMustExist(capture: Capture, region: string, apiId: string, stage: string): void {
  const model = readModel(capture);
  const api = model.regions.find((r) => r.name === region)?.apis.find((a) => a.id === apiId);
  if (!api) throw new CliInputError(`the capture has no API ${apiId} in ${region}`);
  const stages = api.stages.state === "collected" ? api.stages.value.map((s) => s.name) : [];
  if (!stages.includes(stage)) throw new CliInputError(noStage(stage, apiId, stages));
}

function noStage(stage: string, apiId: string, stages: string[]): string {
  return (
    `API ${apiId} has no stage ${JSON.stringify(stage)}` +
    (stages.length > 0 ? `; its stages: ${stages.join(", ")}` : "")
  );
}

export async function writeCapture(path: string, capture: Capture): Promise<void> {
  try {
    await writeFile(path, `${JSON.stringify(capture, null, 2)}\n`, { encoding: "utf8", mode: 0o600 });
  } catch (error) {
    throw new CliInputError(`cannot write ${path}: ${(error as Error).message}`);
  }
}
