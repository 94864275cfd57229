import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { demoCapture } from "../sources/demo-source";
import { capture } from "../../testing/capture-builder";
import { buildOverview } from "./overview";
import { unpackRows } from "./overview-pack";

describe("buildOverview", () => {
  const overview = buildOverview("demo", analyze(demoCapture()).diagnosis);
  const rows = unpackRows(overview.rows);

  it("has one row per stage plus one per API whose stages could not be read, with links to the stage and its first cause", () => {
    expect(rows).toHaveLength(15);
    expect(rows.find((r) => r.apiName === "payments-api")).toMatchObject({
      region: "us-east-1",
      stage: "prod",
      execution: "missing",
      access: "delivered",
      health: "missing",
      href: "/diagnose/demo/us-east-1/p3n8v1w6yd/prod",
      cause: {
        label: "Execution logging is off",
        status: "fail",
        href: "/diagnose/demo/us-east-1/p3n8v1w6yd/prod/stage-logging",
      },
    });
    expect(rows.find((r) => r.apiName === "catalog-http")?.href).toBe("/diagnose/demo/us-east-1/h5c2r8z1jq/%24default");
    expect(rows.find((r) => r.apiName === "billing-api")).toMatchObject({
      stage: null,
      href: expect.stringMatching(/^\/diagnose\/[^/]+\/[^/]+\/[^/]+$/),
      health: "unknown",
      cause: { label: "Stages could not be read", href: expect.stringMatching(/^\/diagnose\//) },
    });
  });

  it("summarizes the stages and lists region-wide problems first", () => {
    expect(overview.summary).toEqual({
      regions: 4,
      apis: 14,
      stages: 14,
      missing: 10,
      partial: 1,
      unknown: 0,
      ok: 3,
      unreadableApis: 1,
    });
    expect(overview.regionProblems.filter((p) => p.kind === "chain").map((p) => `${p.region} ${p.check}`)).toEqual([
      "eu-west-1 account.role-unset",
      "ap-southeast-2 role.not-found",
      "eu-central-1 role.scp-denies",
    ]);
  });

  it("links hostile stage names safely and cuts long names", () => {
    const hostile = buildOverview(
      "demo",
      analyze(
        capture()
          .restApi("a1", { name: "x".repeat(500) })
          .stage("a/b?c#d")
          .build(),
      ).diagnosis,
    );
    const [row] = unpackRows(hostile.rows);
    expect(row.href).toBe("/diagnose/demo/us-east-1/a1/a%2Fb%3Fc%23d");
    expect(row.apiName).toMatch(/… \(380 more characters\)$/);
  });
});
