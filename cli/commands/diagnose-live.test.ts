import { Command } from "commander";
import { describe, expect, it } from "vitest";
import { capture } from "../../testing/capture-builder";
import { diagnoseCommand, type LiveSource } from "./diagnose";

/** Runs `diagnose` with a live source that records what the collector would have been asked for. */
async function liveOptions(args: string[]): Promise<Parameters<LiveSource>[0][]> {
  const asked: Parameters<LiveSource>[0][] = [];
  const command = diagnoseCommand(async (options) => {
    asked.push(options);
    return capture().restApi("a1").stage("prod").build();
  });
  const program = command.configure(new Command("diagnose")).exitOverride();
  program.parse(args, { from: "user" });
  const io = { stdout: { write: () => true }, stderr: { write: () => true }, env: {} };
  await command.run(program.opts(), [], io);
  return asked;
}

describe("log-doctor diagnose, live", () => {
  it("asks the collector for every REST API's authorizers when the authorizer-401 symptom is named", async () => {
    expect(await liveOptions(["--region", "us-east-1", "--symptom", "authorizer-401"])).toEqual([
      { profile: undefined, regions: ["us-east-1"], apiId: undefined, stage: undefined, authorizers: true },
    ]);
  });

  it("does not read authorizers in a full scan otherwise (a one-API scan reads its API's anyway)", async () => {
    const [asked] = await liveOptions(["--region", "us-east-1", "--symptom", "waf-403"]);
    expect(asked.authorizers).toBeUndefined();
  });
});
