import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** AWS settings a developer's shell may carry; a spawned server gets only the ones a spec gives it. */
const awsVariables =
  /^AWS_(ACCESS_KEY_ID|SECRET_ACCESS_KEY|SESSION_TOKEN|PROFILE|DEFAULT_PROFILE|REGION|DEFAULT_REGION|ENDPOINT_URL.*|CONTAINER_.*|WEB_IDENTITY_TOKEN_FILE|ROLE_ARN|ROLE_SESSION_NAME)$/;

export interface NextServer {
  url: string;
  stop(): Promise<void>;
  /** What the server printed so far (stdout and stderr): specs read its audit lines. */
  output(): string;
}

/**
 * A second production server on the build the Playwright webServer made, with its own environment: the runbook
 * specs point one at the replay server, another at no credentials at all, and the restart spec stops and starts one.
 */
export async function startNextServer(port: number, env: Record<string, string>): Promise<NextServer> {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !awsVariables.test(key)));
  const child = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "--hostname", "127.0.0.1", "--port", String(port)],
    {
      cwd: root,
      env: {
        ...inherited,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        // No shared config or credentials files and no instance metadata: only what `env` says.
        AWS_CONFIG_FILE: "/nonexistent/log-doctor-e2e/config",
        AWS_SHARED_CREDENTIALS_FILE: "/nonexistent/log-doctor-e2e/credentials",
        AWS_EC2_METADATA_DISABLED: "true",
        ...env,
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url, child, () => output);
  return { url, stop: () => stop(child), output: () => output };
}

/** A port nobody listens on right now, so a spec never talks to someone else's server on a fixed port. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Up means: our own process said Ready (not merely that something answers on the port) and answers. */
async function waitUntilUp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`);
    if (!output().includes("Ready")) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      continue;
    }
    try {
      const response = await fetch(url);
      await response.body?.cancel();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  child.kill();
  throw new Error(`next start did not answer on ${url} within 30 s:\n${output()}`);
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}
