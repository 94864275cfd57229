import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * lib/aws/read-only-guard.test.ts proves every AWS call is on the read-only allowlist. This proves the other half
 * of "the one request Log Doctor ever sends to a user's API": no source other than lib/probe/send-probe.ts sends
 * an HTTP request of its own. Pages fetch only their own server's routes (a path starting with /), and the server
 * and CLI open no client sockets outside the AWS SDK and the probe.
 */
const root = fileURLToPath(new URL("../../", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory())
      return ["node_modules", "testing"].includes(name) || name.startsWith(".") ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|cts|js|mjs|cjs)$/.test(name) && !/\.(test|spec)\./.test(name) && !name.endsWith(".d.ts")
      ? [path]
      : [];
  });
}

const files = ["lib", "cli", "app", "components"]
  .flatMap((dir) => sourceFiles(join(root, dir)))
  .map((file) => ({ file: relative(root, file), text: readFileSync(file, "utf8") }));
const serverSide = (file: string) => file.startsWith("lib/") || file.startsWith("cli/");
const probeModule = "lib/probe/send-probe.ts";

describe("Log Doctor sends no HTTP request of its own except the probe", () => {
  it("reads a real tree, the probe among it", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map((f) => f.file)).toContain(probeModule);
  });

  it("no server or CLI source calls fetch but the probe, and the ALB key reader (never the user's API)", () => {
    // lib/auth/alb-token.ts reads the public keys AWS publishes for an ALB's x-amzn-oidc-data tokens
    // (public-keys.auth.elb.<region>.amazonaws.com), only in LOG_DOCTOR_AUTH=proxy mode.
    expect(files.filter((f) => serverSide(f.file) && /\bfetch\s*\(/.test(f.text)).map((f) => f.file)).toEqual([
      "lib/auth/alb-token.ts",
      probeModule,
    ]);
  });

  it("pages fetch only their own server's paths", () => {
    const calls = files
      .filter((f) => !serverSide(f.file))
      .flatMap((f) => [...f.text.matchAll(/\bfetch\s*\(\s*(.{0,2})/g)].map((m) => `${f.file}: fetch(${m[1]}`));
    expect(calls.filter((call) => !/fetch\([`"']\/$/.test(call))).toEqual([]);
  });

  it("nothing imports an HTTP or socket client module, but the replay server's (a server, not a client)", () => {
    const imports = files.flatMap((f) =>
      [
        ...f.text.matchAll(
          /import\s+([^;]*?)\s+from\s+["'](?:node:)?(https?|http2|net|tls|undici)["']|require\(\s*["'](?:node:)?(https?|http2|net|tls|undici)["']\s*\)/g,
        ),
      ].map((m) => `${f.file}: ${m[1] ?? "require"} from ${m[2] ?? m[3]}`),
    );
    expect(imports).toEqual([
      // Address matching for trusted proxies (BlockList, isIPv4/6): no socket is opened.
      "lib/auth/peer.ts: { BlockList, isIPv4, isIPv6 } from net",
      "lib/aws/replay/server.ts: { createServer, type IncomingMessage, type ServerResponse } from http",
      "lib/aws/replay/server.ts: type { AddressInfo } from net",
    ]);
  });
});
