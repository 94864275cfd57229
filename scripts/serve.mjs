#!/usr/bin/env node
// The production server when LOG_DOCTOR_TRUSTED_PROXIES is set (scripts/start.mjs picks it): Next.js in this process,
// behind a plain Node HTTP server that records each connection's peer address in a header a client cannot forge
// (a random token made here comes first; lib/auth/peer.ts checks it). Next itself keeps a client's own
// X-Forwarded-For, so without this an oauth2-proxy-style header could not be tied to the proxy that sent it.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? "3000");
const token = randomBytes(32).toString("base64url");
process.env.LOG_DOCTOR_PEER_TOKEN = token;

const app = next({ dev: false, hostname: host, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  request.headers["x-log-doctor-peer"] = `${token} ${request.socket.remoteAddress ?? ""}`;
  handle(request, response);
});
server.listen(port, host, () =>
  console.log(`log-doctor: serving on http://${host}:${port} (peer addresses recorded for LOG_DOCTOR_TRUSTED_PROXIES)`),
);
// Stop taking connections; the app's own handler (lib/sources/scan-shutdown.ts) saves the live scans, then exits.
// The timer is the fallback should that handler be missing.
for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    server.close();
    setTimeout(() => process.exit(0), 15_000);
  });
