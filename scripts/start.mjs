#!/usr/bin/env node
// Starts the production server, building first when no build exists, bound to localhost unless HOST says otherwise:
// the server holds AWS credentials, so it must not be reachable from the network by accident.
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { bindRefusal } from "./bind-check.mjs";

// NEXT_MANUAL_SIG_HANDLE: on SIGTERM the server first ends its live scans and saves them (lib/sources/scan-shutdown.ts)
// and exits itself; Next.js's own handler would exit as soon as its connections closed.
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_MANUAL_SIG_HANDLE: "1" };
const host = process.env.HOST ?? "127.0.0.1";
const port = process.env.PORT ?? "3000";
const nextBin = "node_modules/next/dist/bin/next";

const refusal = bindRefusal(host, process.env);
if (refusal) {
  console.error(refusal);
  process.exit(1);
}

if (!existsSync(".next/BUILD_ID")) {
  const build = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// Behind an oauth2-proxy-style proxy the server must know each connection's peer address, which `next start` does
// not tell the app: scripts/serve.mjs runs Next in-process and records it.
const command = process.env.LOG_DOCTOR_TRUSTED_PROXIES
  ? ["scripts/serve.mjs"]
  : [nextBin, "start", "--hostname", host, "--port", port];
const server = spawn(process.execPath, command, { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
