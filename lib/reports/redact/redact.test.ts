import { describe, expect, it } from "vitest";
import { analyze } from "../../engine/analyze";
import { buildReport } from "../create-report";
import type { NewReport } from "../report";
import { historyCapture, historySecrets } from "../../../testing/reports/history-capture";
import { findLeaks } from "../../../testing/reports/leak-sweep";
import { fixtureCapture } from "../../../testing/reports/sample-report";
import { planRedaction, redactReport, Redactor } from "./index";

const text = (value: string, principals: string[] = []) =>
  new Redactor({ principals: new Set(principals), protectedNames: new Set(["prod", "pets"]) }).text(value);

describe("redacting text", () => {
  it.each([
    ["an account id", "account 123456789012 owns it", "account account-1 owns it"],
    [
      "an account id inside a name",
      "aws-cloudtrail-logs-123456789012-w1gbtja9",
      "aws-cloudtrail-logs-account-1-w1gbtja9",
    ],
    [
      "a role ARN: account only, the role is kept",
      "arn:aws:iam::123456789012:role/apigw-logs",
      "arn:aws:iam::account-1:role/apigw-logs",
    ],
    [
      "a log group ARN",
      "arn:aws:logs:us-east-1:123456789012:log-group:/aws/apigateway/pets:*",
      "arn:aws:logs:us-east-1:account-1:log-group:/aws/apigateway/pets:*",
    ],
    ["a GovCloud ARN", "arn:aws-us-gov:iam::123456789012:role/x", "arn:aws-us-gov:iam::account-1:role/x"],
    [
      "a user ARN with a path",
      "arn:aws:iam::123456789012:user/ops/alice",
      "arn:aws:iam::account-1:user/ops/principal-1",
    ],
    [
      "a role session ARN ending a sentence",
      "by arn:aws:sts::123456789012:assumed-role/Deploy/alice@example.com.",
      "by arn:aws:sts::account-1:assumed-role/Deploy/principal-1.",
    ],
    [
      "a federated user ARN",
      "arn:aws:sts::123456789012:federated-user/Bob",
      "arn:aws:sts::account-1:federated-user/principal-1",
    ],
    [
      "a principal ARN whose name is also a stage",
      "arn:aws:iam::123456789012:user/prod",
      "arn:aws:iam::account-1:user/principal-1",
    ],
    [
      "an AWS managed policy ARN",
      "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs",
      "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs",
    ],
    ["an S3 ARN", "arn:aws:s3:::bucket-123456789012", "arn:aws:s3:::bucket-account-1"],
    ["a long-term access key", "key AKIAIOSFODNN7EXAMPLE used", "key access-key-1 used"],
    ["a temporary access key", "ASIAXTFUPCSFL7TASXL2", "access-key-1"],
    ["a role's unique id", "AROAUJCFV7QZSUAUBJOB7", "unique-id-1"],
    ["an IPv4 address ending a sentence", "from 198.51.100.23.", "from ip-1."],
    ["an IPv4 address in JSON", '{"sourceIPAddress":"203.0.113.9"}', '{"sourceIPAddress":"ip-1"}'],
    ["a compressed IPv6 address", "from 2001:db8:85a3::8a2e:370:7334 with", "from ip-1 with"],
    ["a full IPv6 address", "2001:0db8:0000:0000:0000:ff00:0042:8329", "ip-1"],
    ["IPv6 loopback", "::1", "ip-1"],
    ["an IPv4-mapped IPv6 address", "::ffff:192.0.2.1", "ip-1"],
    [
      "a known principal name in a sentence",
      "IAM user alice (session gha-4411).",
      "IAM user principal-1 (session principal-2).",
    ],
  ])("masks %s", (_name, input, expected) => {
    expect(text(input, ["alice", "gha-4411"])).toBe(expected);
  });

  it.each([
    ["a timestamp", "2026-11-22T10:00:00Z"],
    ["a time", "10:00:00"],
    ["an epoch in milliseconds", "1795341360000"],
    ["a sequence token", "49655281218454959462364909913733811354943605889415790968"],
    ["a user agent", "aws-cli/2.15.0 Python/3.11.6 Linux/6.8.0 exe/x86_64.debian.12"],
    ["a version with four parts", "v1.2.3.4"],
    ["an API id", "a1b2c3d4e5"],
    ["an ARN with an empty account", "arn:aws:apigateway:us-east-1::/restapis/a1b2c3d4e5/stages/prod"],
    ["a principal name inside a longer name", "devops-alice-team"],
    ["a principal that shares the stage's name, in free text", "Stage prod of pets"],
    ["a MAC address", "de:ad:be:ef:00:01"],
    ["a UUID whose last group is all digits", "Events[EventId=00000000-0000-4000-8000-000000000011]"],
  ])("keeps %s", (_name, input) => {
    expect(text(input, ["alice", "prod"])).toBe(input);
  });

  it("gives one value one mask, and different values different masks", () => {
    const redactor = new Redactor({ principals: new Set(), protectedNames: new Set() });
    expect(redactor.text("111111111111 222222222222 111111111111")).toBe("account-1 account-2 account-1");
    expect(redactor.text("arn:aws:iam::222222222222:role/r")).toBe("arn:aws:iam::account-2:role/r");
    expect(redactor.text("2001:DB8::1 and 2001:db8::1")).toBe("ip-1 and ip-1");
  });
});

describe("redacting a report", () => {
  const report = (): NewReport => {
    const capture = historyCapture();
    return buildReport({
      analysis: analyze(capture),
      capture,
      includeCapture: true,
      redact: false,
      title: "pets in 123456789012 from 198.51.100.23",
    });
  };

  it("leaves no account id, access key, IP address or principal name anywhere in the stored object", () => {
    const original = JSON.stringify(report());
    for (const secret of Object.values(historySecrets).flat()) expect(original).toContain(secret);
    // The sweep itself sees every kind before redaction, so its silence after means something.
    expect(new Set(findLeaks(original).map((leak) => leak.kind))).toEqual(
      new Set(["account id", "access key id", "IPv4 address", "IPv6 address"]),
    );

    const redacted = JSON.stringify(redactReport(report()));
    expect(findLeaks(redacted, Object.values(historySecrets).flat())).toEqual([]);
  });

  it("masks principal members structurally, even where the name is also a stage's", () => {
    const base = report();
    const timeline = structuredClone(base.timeline)!;
    timeline[0].stages[0].entries[0].actor.userName = "prod";
    const redacted = redactReport({ ...base, timeline });
    const entry = redacted.timeline![0].stages[0].entries[0];
    expect(entry.actor.userName).toMatch(/^principal-\d+$/);
    expect(entry.actor.accountId).toBe("account-1");
    expect(entry.actor.accessKeyId).toMatch(/^access-key-\d+$/);
    expect(entry.sourceIp).toMatch(/^ip-\d+$/);
    expect(redacted.timeline![0].stages[0].stage).toBe("prod");
  });

  // Session and user names are often ordinary words, the product's own name among them (the demo's session is
  // `log-doctor`): masking them must never rewrite the report's structure or vocabulary.
  it.each(["log-doctor", "deploy", "admin", "prod", "diagnosis", "logging", "fail", "stage"])(
    "keeps every key, kind, check id, status and field name when a principal is named %s",
    (word) => {
      const base = report();
      const timeline = structuredClone(base.timeline)!;
      timeline[0].stages[0].entries[0].actor.userName = word;
      const original = { ...base, timeline };
      const redacted = redactReport(original);

      expect(keysOf(redacted)).toEqual(keysOf(original));
      expect(redacted.diagnosis.kind).toBe("log-doctor/diagnosis");
      const vocabulary = (r: NewReport) =>
        r.diagnosis.findings.map((f) => [f.check, f.status, f.severity, f.evidence.map((e) => [e.field, e.call])]);
      expect(vocabulary(redacted)).toEqual(vocabulary(original));
      expect(redacted.diagnosis.apis).toEqual(original.diagnosis.apis);
      expect(redacted.timeline![0].stages[0].entries[0].actor.userName).toMatch(/^principal-\d+$/);
    },
  );

  it("still masks a principal's exact occurrences in messages when the name is an ordinary word", () => {
    const redactor = new Redactor({ principals: new Set(["deploy"]), protectedNames: new Set() });
    expect(redactor.value({ message: "Logging turned off by IAM user deploy.", check: "deploy" })).toEqual({
      message: "Logging turned off by IAM user principal-1.",
      check: "deploy",
    });
  });

  it("uses the same masks in the diagnosis, the timeline, the capture and the title", () => {
    const redacted = redactReport(report());
    const entry = redacted.timeline![0].stages[0].entries[0];
    const finding = redacted.diagnosis.findings.find(
      (f) => f.check === "cloudtrail.logging-changed" && f.stage === "prod",
    )!;
    expect(finding.message).toContain(`IAM user ${entry.actor.userName}`);
    expect(finding.message).toContain(`from ${entry.sourceIp}`);
    expect(redacted.title).toBe(`pets in account-1 from ${entry.sourceIp}`);
    const lookup = redacted.capture!.calls.find((c) => c.operation === "LookupEvents")!;
    const record = JSON.parse((lookup.output as { Events: { CloudTrailEvent: string }[] }).Events[0].CloudTrailEvent);
    expect(record.userIdentity.userName).toBe(entry.actor.userName);
    expect(record.sourceIPAddress).toBe(entry.sourceIp);
    expect(record.userIdentity.accessKeyId).toBe(entry.actor.accessKeyId);
  });

  it("keeps the diagnosis readable: the same stages, verdicts, check ids and finding count", () => {
    const original = report();
    const redacted = redactReport(original);
    expect(redacted.diagnosis.apis).toEqual(original.diagnosis.apis);
    expect(redacted.diagnosis.findings.map((f) => [f.check, f.status, f.region, f.api?.id, f.stage])).toEqual(
      original.diagnosis.findings.map((f) => [f.check, f.status, f.region, f.api?.id, f.stage]),
    );
    expect(redacted.redacted).toBe(true);
  });

  it("is idempotent", () => {
    const once = redactReport(report());
    expect(redactReport(once)).toEqual(once);
  });

  it("keeps JSON-encoded CloudTrail records valid JSON", () => {
    const redacted = redactReport(report());
    for (const call of redacted.capture!.calls.filter((c) => c.operation === "LookupEvents")) {
      for (const event of (call.output as { Events: { CloudTrailEvent: string }[] }).Events)
        expect(() => JSON.parse(event.CloudTrailEvent)).not.toThrow();
    }
  });

  it.each([
    "01-healthy-rest-delivered",
    "02-account-role-unset-one-region",
    "03-role-deleted",
    "04-method-override-off-format-no-requestid",
    "05-http-no-access-websocket-errors-only",
  ])("leaves nothing for the sweep in fixture %s", (name) => {
    const capture = fixtureCapture(name);
    const redacted = buildReport({ analysis: analyze(capture), capture, includeCapture: true });
    expect(findLeaks(JSON.stringify(redacted))).toEqual([]);
  });

  it("collects principal names from CloudTrail records inside JSON strings", () => {
    const plan = planRedaction(historyCapture(), null);
    expect([...plan.principals].sort()).toEqual(
      expect.arrayContaining(["Alice", "bob@example.com", "gha-4411", "ops"]),
    );
    expect(plan.protectedNames.has("apigw-logs")).toBe(true);
  });
});

/** Every object key of a JSON value, with its path: the shape that redaction must keep. */
function keysOf(value: unknown, path = ""): string[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => keysOf(item, `${path}[${index}]`));
  if (typeof value !== "object" || value === null) return [];
  return Object.entries(value).flatMap(([key, member]) => [`${path}.${key}`, ...keysOf(member, `${path}.${key}`)]);
}
