import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import { capture, HOUR } from "../../testing/capture-builder";
import { renderMarkdown } from "./markdown";
import { renderText } from "./text";

const managed = "API-Gateway-Execution-Logs_a1/prod";
/** The role is gone, yet the stage's execution group received an event two hours before the capture. */
const contradicted = () =>
  analyze(
    capture({ role: { missing: true } })
      .restApi("a1", { name: "pets" })
      .stage("prod", { access: null })
      .logGroups("us-east-1", "", [managed])
      .newestEvent("us-east-1", managed, 2 * HOUR)
      .build(),
  ).diagnosis;
const note =
  "Logs still arrived at 2026-11-22T08:00:00.000Z (API-Gateway-Execution-Logs_a1/prod): either this broke after 2026-11-22T08:00:00.000Z — see the history — or this rule does not hold for your setup.";

describe("contradicted findings in the CLI and Markdown reports", () => {
  it("the text report says when logs still arrived, right under the finding", () => {
    const lines = renderText(contradicted()).split("\n");
    const at = lines.findIndex((line) => line.includes("role.not-found"));
    expect(at).toBeGreaterThan(-1);
    expect(lines[at + 1]).toContain(`but: ${note}`);
  });

  it("the Markdown report says it under the finding too", () => {
    const markdown = renderMarkdown(contradicted());
    expect(markdown).toContain("`role.not-found`");
    expect(markdown).toContain("> **But:** Logs still arrived at 2026-11-22T08:00:00.000Z");
    expect(markdown.indexOf("> **But:**")).toBeGreaterThan(markdown.indexOf("`role.not-found`"));
  });

  it("a fail without fresh events carries no such note", () => {
    const stale = analyze(
      capture({ role: { missing: true } })
        .restApi("a1")
        .stage("prod", { access: null })
        .build(),
    ).diagnosis;
    expect(renderText(stale)).not.toContain("Logs still arrived");
    expect(renderMarkdown(stale)).not.toContain("Logs still arrived");
  });
});
