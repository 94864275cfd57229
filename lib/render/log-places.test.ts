import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { buildReport } from "../reports/create-report";
import { capture, HOUR } from "../../testing/capture-builder";
import { renderMarkdown } from "./markdown";
import { renderText } from "./text";

const id = "a1b2c3d4e5";
const exec = `API-Gateway-Execution-Logs_${id}/prod`;
const healthy = () =>
  capture()
    .restApi(id)
    .stage("prod")
    .newestEvent("us-east-1", exec, 3 * HOUR)
    .newestEvent("us-east-1", `/aws/apigateway/${id}/prod`, null)
    .build();

describe("where the logs are, in Markdown and text", () => {
  it("Markdown names each group in a code span with its newest event and console links", () => {
    const { diagnosis, logs } = analyze(healthy());
    const md = renderMarkdown(diagnosis, { logs });
    expect(md).toContain("## Where the logs are");
    expect(md).toContain(
      `  - Execution logs: \`${exec}\`: newest event 2026-11-22 07:00:00 UTC (3 h before the capture) — [log group](<https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/API-Gateway-Execution-Logs_${id}$252Fprod>) · [Logs Insights](<`,
    );
    expect(md).toContain(`  - Access logs: \`/aws/apigateway/${id}/prod\`: no event listed`);
  });

  it("Markdown without log places is unchanged (a diagnosis alone has none)", () => {
    const { diagnosis } = analyze(healthy());
    expect(renderMarkdown(diagnosis)).not.toContain("Where the logs are");
  });

  it("text prints each group under its stage with the console link", () => {
    const { diagnosis, logs } = analyze(healthy());
    const text = renderText(diagnosis, { logs });
    expect(text).toContain(
      `      execution logs go to ${exec}: newest event 2026-11-22 07:00:00 UTC (3 h before the capture)`,
    );
    expect(text).toContain(
      "        https://us-east-1.console.aws.amazon.com/cloudwatch/home?region=us-east-1#logsV2:log-groups/log-group/",
    );
  });

  it("text says what an HTTP API's execution logs are as a sentence, not as a place they go to", () => {
    const { diagnosis, logs } = analyze(capture().httpApi("h1").stage("$default").build());
    const text = renderText(diagnosis, { logs });
    expect(text).toMatch(/ {6}execution logs: HTTP APIs write no execution logs/);
    expect(text).not.toContain("go to HTTP APIs");
  });

  it("a redacted report masks account ids inside group names, and its Markdown links never carry them", () => {
    const built = capture()
      .restApi(id)
      .stage("prod", {
        access: {
          destinationArn: `arn:aws:logs:us-east-1:123456789012:log-group:/logs/123456789012/api`,
          format: "$context.requestId",
        },
      })
      .newestEvent("us-east-1", "/logs/123456789012/api", HOUR)
      .build();
    const report = buildReport({ analysis: analyze(built), now: new Date("2026-11-22T11:00:00Z") });
    expect(JSON.stringify(report.logs)).not.toContain("123456789012");
    expect(report.logs?.[0].places[1]).toMatchObject({ kind: "access", place: "group", group: "/logs/account-1/api" });
    expect(renderMarkdown(report.diagnosis, { logs: report.logs })).not.toContain("123456789012");
  });
});
