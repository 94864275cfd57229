import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack } from "aws-cdk-lib";

/** Synthesizes a CDK app in-process (no CDK CLI, no network) into a fresh cloud assembly directory. */
export function synthApp(stacks: Record<string, (stack: Stack) => void>): string {
  const outdir = mkdtempSync(join(tmpdir(), "log-doctor-cdk-"));
  const app = new App({ outdir });
  for (const [name, build] of Object.entries(stacks)) build(new Stack(app, name, { env: { region: "eu-west-1" } }));
  app.synth();
  return outdir;
}
