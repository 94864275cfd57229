import { createInterface } from "node:readline/promises";
import type { Command } from "commander";
import { searchLogs, type LogSearch } from "../../lib/aws/search-logs";
import type { CaptureCall } from "../../lib/capture/schema";
import { analyze } from "../../lib/engine/analyze";
import { locate } from "../../lib/find-request/find-request";
import { wrap } from "../../lib/find-request/render-text";
import { readModel } from "../../lib/model/read-model";
import {
  defaultProbePath,
  invokeUrl,
  parseProbeMethod,
  parseProbePath,
  probeBaseOverride,
} from "../../lib/probe/probe-request";
import { probeBlocker, probeLimits } from "../../lib/probe/probe-support";
import { renderProbeText } from "../../lib/probe/render-probe-text";
import {
  defaultProbeTimeoutMs,
  ProbeSendError,
  sendProbe,
  type ProbeRequest,
  type ProbeResponse,
} from "../../lib/probe/send-probe";
import { watchArrival } from "../../lib/probe/watch-arrival";
import type { Collect } from "../../lib/runbook/run-runbook";
import type { CliCommand } from "../command";
import { CliInputError, exitCodes, type CliIo } from "../io";
import { liveCollect, scanStage, stageTargetOf, writeCapture } from "./find-request";

export interface ProbeDeps {
  collect?: (profile: string | undefined, io: CliIo) => Collect;
  search?: (profile: string | undefined, searches: LogSearch[]) => Promise<CaptureCall[]>;
  /** Named so the read-only guard, which flags every `.send`, does not mistake it for an AWS client's. */
  sendRequest?: (request: ProbeRequest) => Promise<ProbeResponse>;
  /** Whether the user can be asked (default: stdin is a terminal). */
  interactive?: boolean;
  confirm?: (question: string) => Promise<boolean>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** During a probe each poll searches a few minutes of the stage's groups: a few pages are plenty. */
const probeSearchPages = 3;
const minWaitS = 10;
const maxWaitS = 900;

/**
 * `log-doctor probe`: with the user's consent, sends ONE plain HTTPS request to the stage's invoke URL and polls
 * the stage's logs with find-request's searches until its request id appears or the wait ends. The only request
 * Log Doctor ever sends to a user's API. Exit 0 when it arrived in every log kind that can be searched, 1 when
 * not (or nothing was sent), 2 for bad input.
 */
export function probeCommand(deps: ProbeDeps = {}): CliCommand {
  return {
    name: "probe",
    configure: (command: Command) =>
      command
        .description("Send one test request to a stage and watch its logs arrive (asks first; --yes to skip)")
        .requiredOption("--region <region>", "the API's region, e.g. eu-west-1")
        .requiredOption("--api <id>", "the REST or HTTP API id")
        .requiredOption("--stage <name>", "the stage ($default for an HTTP API's default stage)")
        .option("--method <method>", "GET, HEAD or OPTIONS (default GET)")
        .option("--path <path>", `the path after the stage (default ${defaultProbePath}, which matches no route)`)
        .option("--wait <seconds>", `how long to watch the logs, ${minWaitS} to ${maxWaitS} (default 120)`)
        .option("--yes", "send without asking")
        .option("--profile <profile>", "AWS profile (default: the SDK's default chain)")
        .option("--out <file>", "also write the capture (scan and the last searches)"),
    async run(options, _args, io) {
      const target = stageTargetOf(options);
      const method = parseProbeMethod(String(options.method ?? "GET"));
      if (!method.ok) throw new CliInputError(method.message);
      const path = parseProbePath(String(options.path ?? defaultProbePath));
      if (!path.ok) throw new CliInputError(path.message);
      const waitS = parseWait(String(options.wait ?? "120"));
      const base = probeBaseOverride(io.env);
      if (!base.ok) throw new CliInputError(base.message);
      const interactive = deps.interactive ?? process.stdin.isTTY === true;
      if (options.yes !== true && !interactive) {
        throw new CliInputError(
          "probe sends a request to your API and needs your consent: add --yes, or run it in a terminal to be asked",
        );
      }

      const profile = options.profile as string | undefined;
      const scanned = await scanStage(target, (deps.collect ?? liveCollect)(profile, io));
      const model = readModel(scanned);
      const located = locate(model, target);
      if (!located) throw new CliInputError(`API ${target.apiId} has no stage ${JSON.stringify(target.stage)}`);
      const apiType = located.stage.api.type;
      const blocker = probeBlocker(scanned, target.region, target.apiId, apiType);
      if (blocker) throw new CliInputError(blocker);
      const url = invokeUrl({ ...target, apiType }, path.value, base.value);

      io.stdout.write(planText(method.value, url, waitS, path.value === defaultProbePath, apiType));
      if (options.yes !== true) {
        const yes = await (deps.confirm ?? askOnTerminal)("Send it? [y/N] ");
        if (!yes) {
          io.stdout.write("Nothing sent.\n");
          return exitCodes.problems;
        }
      }

      const now = deps.now ?? Date.now;
      const sentAt = now();
      let response: ProbeResponse;
      try {
        response = await (deps.sendRequest ?? sendProbe)({
          method: method.value,
          url,
          timeoutMs: defaultProbeTimeoutMs,
        });
      } catch (error) {
        if (error instanceof ProbeSendError) throw new CliInputError(error.message);
        throw error;
      }
      if (!response.requestId) {
        io.stdout.write(
          wrap(
            `Answer: HTTP ${response.status} with no API Gateway request id (neither x-amzn-RequestId nor apigw-requestid): the answer did not come from API Gateway (a proxy or a firewall on the way?), so there is nothing to look for in the logs.`,
            "",
            "",
          ).join("\n") + "\n",
        );
        return exitCodes.problems;
      }

      const search =
        deps.search ??
        ((p: string | undefined, s: LogSearch[]) =>
          searchLogs({ profile: p, searches: s, maxPages: probeSearchPages }));
      const arrival = await watchArrival(
        {
          scanned,
          model,
          diagnosis: analyze(scanned).diagnosis,
          where: target,
          requestId: response.requestId,
          sentAt,
          waitMs: waitS * 1000,
        },
        {
          search: (searches) => search(profile, searches),
          now,
          sleep: deps.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
          onPoll: io.stderr.isTTY
            ? (elapsed) => io.stderr.write(`\rwatching the logs: ${Math.round(elapsed / 1000)} s of ${waitS} s `)
            : undefined,
        },
      );
      if (io.stderr.isTTY) io.stderr.write("\n");
      if (typeof options.out === "string") await writeCapture(options.out, arrival.capture);
      io.stdout.write(`\n${renderProbeText({ method: method.value, url }, response, arrival)}`);
      const awaited = arrival.kinds.filter((k) => !k.kind.endsWith("-canary") && k.status !== "not-searchable");
      return awaited.length > 0 && awaited.every((k) => k.status === "arrived") ? exitCodes.ok : exitCodes.problems;
    },
  };
}

function planText(method: string, url: string, waitS: number, defaultPath: boolean, apiType: string): string {
  const lines = [
    "Log Doctor will send ONE request to your API, the only one it ever sends to it:",
    ...wrap(`${method} ${url}`, "  ", "    "),
    `  with no credentials, no AWS signature and no body; it gives up after ${defaultProbeTimeoutMs / 1000} s.`,
    ...wrap(
      `Then it searches the stage's log groups for its request id for up to ${waitS} s (logs:FilterLogEvents, read-only).`,
      "",
      "",
    ),
  ];
  if (defaultPath) {
    const answer = apiType === "HTTP" ? "HTTP APIs answer 404" : "REST answers 403 Missing Authentication Token";
    lines.push(
      ...wrap(
        `${defaultProbePath} matches no route (unless a greedy {proxy+} route takes it), so no integration runs (${answer}): this proves the access-log chain only; execution logs need a path that reaches a method (--path).`,
        "",
        "",
      ),
    );
  }
  for (const limit of probeLimits) lines.push(...wrap(limit, "  - ", "    "));
  return `${lines.join("\n")}\n`;
}

function parseWait(text: string): number {
  const seconds = /^\d+$/.test(text.trim()) ? Number(text) : NaN;
  if (!(seconds >= minWaitS && seconds <= maxWaitS))
    throw new CliInputError(
      `--wait ${JSON.stringify(text)} is not a number of seconds from ${minWaitS} to ${maxWaitS}`,
    );
  return seconds;
}

async function askOnTerminal(question: string): Promise<boolean> {
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return /^\s*y(es)?\s*$/i.test(await rl.question(question));
  } finally {
    rl.close();
  }
}
