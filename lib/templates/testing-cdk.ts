import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack } from "aws-cdk-lib";

/** Synthesizes a CDK app in-process (no CDK CLI, no network) into a fresh cloud assembly directory. */
export function synthApp(build: (stack: Stack) => void, stackName = "PetsStack"): string {
  const outdir = mkdtempSync(join(tmpdir(), "log-doctor-cdk-"));
  const app = new App({ outdir });
  build(new Stack(app, stackName, { env: { region: "eu-west-1" } }));
  app.synth();
  return outdir;
}
