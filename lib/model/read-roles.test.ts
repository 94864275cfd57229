import { describe, expect, it } from "vitest";
import { capture } from "../../testing/capture-builder";
import { readModel } from "./read-model";

const roleArn = "arn:aws:iam::123456789012:role/apigw-logs";
const roleOf = (built: ReturnType<typeof capture>) => readModel(built.build()).roles.get(roleArn)!;

describe("readLoggingRole", () => {
  it("reads RoleLastUsed as an ISO date, an epoch in seconds, or absent", () => {
    const iso = roleOf(capture({ role: { lastUsed: { LastUsedDate: "2026-11-22T08:00:00Z", Region: "us-east-1" } } }));
    expect(iso.role.state === "collected" && iso.role.value?.lastUsed).toEqual({
      date: "2026-11-22T08:00:00Z",
      ms: Date.parse("2026-11-22T08:00:00Z"),
      region: "us-east-1",
    });

    const epoch = capture({ role: null }).call({
      service: "iam",
      operation: "GetRole",
      input: { RoleName: "apigw-logs" },
      output: {
        Role: {
          RoleName: "apigw-logs",
          Arn: roleArn,
          AssumeRolePolicyDocument: "{}",
          RoleLastUsed: { LastUsedDate: 1795334400, Region: "eu-west-1" },
        },
      },
    });
    const fromEpoch = roleOf(epoch);
    expect(fromEpoch.role.state === "collected" && fromEpoch.role.value?.lastUsed).toEqual({
      date: "2026-11-22T08:00:00.000Z",
      ms: 1795334400000,
      region: "eu-west-1",
    });

    const never = roleOf(capture());
    expect(never.role.state === "collected" && never.role.value?.lastUsed).toBeNull();
  });

  it("reads the organization's verdict of each simulation result", () => {
    const role = roleOf(
      capture({
        role: {
          simulation: [
            {
              action: "logs:PutLogEvents",
              resource: "arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:x",
              decision: "implicitDeny",
              allowedByOrganizations: false,
            },
            {
              action: "logs:CreateLogStream",
              resource: "arn:aws:logs:us-east-1:123456789012:log-group:g:log-stream:x",
              decision: "allowed",
            },
          ],
        },
      }),
    );
    expect(
      role.simulation.state === "collected" && role.simulation.value.map((r) => [r.action, r.allowedByOrganizations]),
    ).toEqual([
      ["logs:PutLogEvents", false],
      ["logs:CreateLogStream", null],
    ]);
  });
});
