import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli";

describe("log-doctor runbook-link", () => {
  it("prints the runbook URL of an API under the local server by default", async () => {
    const run = await runCli(["runbook-link", "--region", "us-east-1", "--api", "a1b2c3d4e5"]);
    expect(run).toEqual({ code: 0, stdout: "http://127.0.0.1:3000/runbook/us-east-1/a1b2c3d4e5\n", stderr: "" });
  });

  it("adds the stage URL-encoded, under --base-url or LOG_DOCTOR_BASE_URL", async () => {
    const env = { LOG_DOCTOR_BASE_URL: "https://logs.example.com/tools/ld/" };
    expect(
      (await runCli(["runbook-link", "--region", "eu-west-1", "--api", "a1b2c3d4e5", "--stage", "$default"], env))
        .stdout,
    ).toBe("https://logs.example.com/tools/ld/runbook/eu-west-1/a1b2c3d4e5/%24default\n");
    expect(
      (
        await runCli(
          [
            "runbook-link",
            "--region",
            "eu-west-1",
            "--api",
            "a1b2c3d4e5",
            "--stage",
            "prod",
            "--base-url",
            "https://oncall.example.com",
          ],
          env,
        )
      ).stdout,
    ).toBe("https://oncall.example.com/runbook/eu-west-1/a1b2c3d4e5/prod\n");
  });

  it.each([
    [["--region", "US-EAST-1", "--api", "a1b2c3d4e5"], '--region "US-EAST-1" is not an AWS region name'],
    [["--region", "us-east-1", "--api", "a1b2"], '--api "a1b2" is not an API Gateway API id'],
    [["--region", "us-east-1", "--api", "a1b2c3d4e5", "--stage", "../admin"], '--stage "../admin" is not a stage name'],
    [
      ["--region", "us-east-1", "--api", "a1b2c3d4e5", "--base-url", "javascript:alert(1)"],
      "must start with http:// or https://",
    ],
    [["--api", "a1b2c3d4e5"], "required option '--region <region>' not specified"],
  ])("refuses %j with exit code 2", async (args, message) => {
    const run = await runCli(["runbook-link", ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(message);
  });
});
