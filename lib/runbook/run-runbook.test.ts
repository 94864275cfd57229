import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectCapture } from "../aws/collect";
import { startReplayServer, type ReplayServer } from "../aws/replay/server";
import type { Capture } from "../capture/schema";
import { analyze } from "../engine/analyze";
import { historyCapture } from "../../testing/reports/history-capture";
import { oneApiCapture } from "../../testing/reports/one-api-capture";
import { overallTone, stageAnswers } from "./headline";
import { runRunbook, type Collect } from "./run-runbook";

const full = historyCapture();
const env = { LOG_DOCTOR_RUNBOOK_NOW: full.capturedAt };
let server: ReplayServer;

const viaReplay: Collect = (options) =>
  collectCapture({
    ...options,
    clientOverrides: {
      endpoint: server.url,
      credentials: { accessKeyId: "AKIDREPLAY", secretAccessKey: "replay" },
      maxAttempts: 1,
    },
  });

beforeAll(async () => {
  // The second API does not exist: the capture answers NotFoundException for it from both API Gateway versions.
  const served: Capture = oneApiCapture(
    oneApiCapture(full, { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" }),
    { region: "us-east-1", apiId: "zzzzzzzzzz" },
  );
  server = await startReplayServer({ capture: served });
});
afterAll(() => server.stop());

describe("runRunbook against the replay server", () => {
  it("answers with the API's verdict from that API's calls only", async () => {
    const before = { ...server.stats.calls };
    const outcome = await runRunbook(
      { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "prod" },
      { collect: viaReplay, env },
    );
    const made = Object.fromEntries(
      Object.entries(server.stats.calls).map(([call, n]) => [call, n - (before[call] ?? 0)]),
    );

    expect(outcome.kind).toBe("diagnosed");
    if (outcome.kind !== "diagnosed") return;
    expect(outcome.diagnosis.apis).toEqual(analyze(full).diagnosis.apis);
    expect(made["apigateway:GetRestApis"] ?? 0).toBe(0);
    expect(made["apigatewayv2:GetApis"] ?? 0).toBe(0);
    expect(made["apigateway:GetStages"]).toBe(1);
    expect(made["apigateway:GetRestApi"]).toBe(1);

    const answers = stageAnswers(outcome.diagnosis);
    expect(overallTone(answers)).toBe("missing");
    expect(answers[0].title).toBe("Execution logs are missing");
    expect(answers[0].kinds[0].because?.message).toBe("Stage prod of pets has execution logging OFF.");
  });

  it("says when neither API Gateway nor API Gateway v2 knows the API", async () => {
    const outcome = await runRunbook({ region: "us-east-1", apiId: "zzzzzzzzzz" }, { collect: viaReplay, env });
    expect(outcome).toMatchObject({ kind: "api-not-found", account: "123456789012" });
  });
});

describe("runRunbook", () => {
  const fake =
    (capture: Capture): Collect =>
    async () =>
      capture;

  it("passes only the named region, API and stage to the collector, with the pinned clock", async () => {
    let seen: Parameters<Collect>[0] | undefined;
    await runRunbook(
      { region: "eu-west-1", apiId: "a1b2c3d4e5", stage: "prod" },
      {
        collect: async (options) => ((seen = options), full),
        env,
      },
    );
    expect(seen).toMatchObject({ regions: ["eu-west-1"], apiId: "a1b2c3d4e5", stage: "prod" });
    expect(seen?.now?.().toISOString()).toBe("2026-11-22T10:00:00.000Z");
  });

  it("reports missing credentials instead of a diagnosis of errors", async () => {
    const noCredentials: Capture = {
      ...full,
      calls: [
        {
          service: "sts",
          region: "us-east-1",
          operation: "GetCallerIdentity",
          input: {},
          error: { name: "CredentialsProviderError", message: "Could not load credentials from any providers" },
        },
      ],
    };
    expect(
      await runRunbook({ region: "us-east-1", apiId: "a1b2c3d4e5" }, { collect: fake(noCredentials), env: {} }),
    ).toMatchObject({
      kind: "no-credentials",
      detail: "Could not load credentials from any providers",
    });
  });

  it("lists the stages when the named one does not exist", async () => {
    expect(
      await runRunbook(
        { region: "us-east-1", apiId: "a1b2c3d4e5", stage: "staging" },
        { collect: fake(full), env: {} },
      ),
    ).toMatchObject({
      kind: "stage-not-found",
      stages: ["prod"],
    });
  });
});
