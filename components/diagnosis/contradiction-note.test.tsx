import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Finding } from "@/lib/diagnosis/types";
import { ContradictionNote } from "./contradiction-note";
import { FindingBlock } from "../report/finding-block";

const finding: Finding = {
  check: "role.not-found",
  status: "fail",
  severity: "critical",
  region: "us-east-1",
  api: null,
  stage: null,
  target: "arn:aws:iam::123456789012:role/apigw-logs",
  message: "The role apigw-logs does not exist.",
  evidence: [],
  contradicted: true,
  newestEvent: { logGroup: "API-Gateway-Execution-Logs_a1/prod", at: "2026-11-22T08:00:00.000Z" },
};

describe("ContradictionNote", () => {
  it("says when logs still arrived and what that can mean, in the report's finding block", () => {
    const html = renderToStaticMarkup(<FindingBlock finding={finding} redacted={false} />);
    expect(html).toContain('data-contradicted="true"');
    expect(html).toContain("Logs still arrived at 2026-11-22T08:00:00.000Z");
    expect(html).toContain("or this rule does not hold for your setup");
  });

  it("renders nothing for a finding that is not contradicted", () => {
    expect(
      renderToStaticMarkup(
        <ContradictionNote finding={{ ...finding, contradicted: undefined, newestEvent: undefined }} />,
      ),
    ).toBe("");
  });
});
