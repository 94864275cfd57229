import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { APIGatewayClient, DeleteRestApiCommand, UpdateStageCommand } from "@aws-sdk/client-api-gateway";
import { CloudWatchLogsClient, PutLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";
import { DeleteRoleCommand, GetRoleCommand, IAMClient } from "@aws-sdk/client-iam";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { describe, expect, it, vi } from "vitest";
import { allowedCommands, allowedEntryOf } from "./allowlist";
import { CommandNotAllowedError, sendReadOnly } from "./read-only-send";
import { operationSchemaOf } from "./replay/schema-values";

const root = fileURLToPath(new URL("../../", import.meta.url));
const awsDir = fileURLToPath(new URL("./", import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "node_modules" || name.startsWith(".") ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|mjs)$/.test(name) ? [path] : [];
  });
}

const awsSources = sourceFiles(awsDir).filter((path) => !/\.test\.ts$/.test(path));

/** A client whose transport records requests: a refused command must never reach it. */
function recordingClient<T>(Client: new (config: object) => T): { client: T; handle: ReturnType<typeof vi.fn> } {
  const handle = vi.fn(async () => ({ response: { statusCode: 200, headers: {}, body: "{}" } }));
  const client = new Client({
    region: "us-east-1",
    credentials: { accessKeyId: "AKID", secretAccessKey: "secret" },
    requestHandler: { handle },
  });
  return { client, handle };
}

describe("read-only by construction", () => {
  it.each([
    ["DeleteRestApiCommand", APIGatewayClient, () => new DeleteRestApiCommand({ restApiId: "a1" })],
    ["UpdateStageCommand", APIGatewayClient, () => new UpdateStageCommand({ restApiId: "a1", stageName: "prod" })],
    [
      "PutLogEventsCommand",
      CloudWatchLogsClient,
      () => new PutLogEventsCommand({ logGroupName: "g", logStreamName: "s", logEvents: [] }),
    ],
    ["DeleteRoleCommand", IAMClient, () => new DeleteRoleCommand({ RoleName: "apigw-logs" })],
    [
      "AssumeRoleCommand",
      STSClient,
      () => new AssumeRoleCommand({ RoleArn: "arn:aws:iam::1:role/r", RoleSessionName: "s" }),
    ],
  ] as const)("refuses %s before any network I/O", async (_name, Client, command) => {
    const { client, handle } = recordingClient(Client as new (config: object) => APIGatewayClient);
    await expect(sendReadOnly(client, command())).rejects.toBeInstanceOf(CommandNotAllowedError);
    expect(handle).not.toHaveBeenCalled();
  });

  it("refuses a look-alike class that only borrows an allowlisted name", async () => {
    const GetRoleLookalike = class GetRoleCommand extends DeleteRoleCommand {};
    const { client, handle } = recordingClient(IAMClient as unknown as new (config: object) => IAMClient);
    await expect(sendReadOnly(client, new GetRoleLookalike({ RoleName: "r" }))).rejects.toThrow(
      /not on the read-only allowlist/,
    );
    expect(handle).not.toHaveBeenCalled();
  });

  it("sends an allowlisted command", async () => {
    const { client, handle } = recordingClient(IAMClient as unknown as new (config: object) => IAMClient);
    await sendReadOnly(client, new GetRoleCommand({ RoleName: "r" })).catch(() => undefined);
    expect(handle).toHaveBeenCalledTimes(1);
  });

  it("allows only reads and the STS probe, each named after its SDK operation", () => {
    const keys = new Set<string>();
    for (const entry of allowedCommands) {
      expect(entry.operation).toMatch(/^(Get|List|Describe|Lookup|Simulate|Filter)[A-Z]/);
      expect(operationSchemaOf(entry.Command)[2]).toBe(entry.operation);
      expect(entry.Command.name).toBe(`${entry.operation}Command`);
      keys.add(`${entry.service}:${entry.operation}`);
    }
    expect(keys.size).toBe(allowedCommands.length);
    expect(allowedCommands.every((entry) => !/:(Put|Create|Update|Delete|Tag|Untag)/.test(entry.iamAction))).toBe(true);
  });

  it("every *Command that lib/aws imports from the SDK is on the allowlist", async () => {
    const imported: Array<{ file: string; module: string; name: string }> = [];
    for (const file of awsSources) {
      const text = readFileSync(file, "utf8");
      for (const match of text.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*"(@aws-sdk\/[^"]+)"/g)) {
        for (const specifier of match[1].split(",")) {
          const name = specifier
            .trim()
            .split(/\s+as\s+/)[0]
            .replace(/^type\s+/, "");
          if (name.endsWith("Command")) imported.push({ file: relative(root, file), module: match[2], name });
        }
      }
    }
    expect(imported.length).toBeGreaterThanOrEqual(allowedCommands.length);
    for (const { file, module, name } of imported) {
      const exported = ((await import(module)) as Record<string, unknown>)[name] as object;
      const entry = allowedCommands.find((allowed) => allowed.Command === exported);
      expect(entry, `${file} imports ${name} from ${module}, which is not allowlisted`).toBeDefined();
    }
    expect(allowedEntryOf(new GetRoleCommand({ RoleName: "r" }))?.iamAction).toBe("iam:GetRole");
  });

  it("only read-only-send.ts calls a client's send()", () => {
    const senders = awsSources.filter((file) => /\.send\(/.test(readFileSync(file, "utf8")));
    expect(senders.map((file) => relative(awsDir, file))).toEqual(["read-only-send.ts"]);
  });

  it("no code outside lib/aws imports the AWS SDK", () => {
    const elsewhere = ["app", "components", "cli", "bench", "lib", "scripts"]
      .flatMap((dir) => {
        try {
          return sourceFiles(join(root, dir));
        } catch {
          return [];
        }
      })
      .filter((file) => !file.startsWith(awsDir))
      .filter((file) => /from\s+["'](@aws-sdk|@smithy)\//.test(readFileSync(file, "utf8")));
    expect(elsewhere.map((file) => relative(root, file))).toEqual([]);
  });
});
