import { describe, expect, it } from "vitest";
import { analyze } from "../engine/analyze";
import type { Diagnosis } from "../diagnosis/types";
import { capture } from "../../testing/capture-builder";
import { renderText } from "./text";

describe("renderText", () => {
  // Captures cannot carry such a region name any more (the parser checks the partition's pattern); the text
  // renderer escapes it anyway, as it does every string that comes from a capture.
  it("escapes region names, so a capture cannot set the terminal title or plant a link", () => {
    const diagnosis = analyze(capture().restApi("a1").stage("prod", { loggingLevel: "OFF" }).build()).diagnosis;
    const hostile = JSON.parse(
      JSON.stringify(diagnosis).replaceAll('"us-east-1"', JSON.stringify("us-east-1\u001b]8;;http://x.example/\u0007")),
    ) as Diagnosis;
    for (const colour of [false, true]) {
      const text = renderText(hostile, { colour }).replace(/\u001b\[[0-9;]*m/g, ""); // the renderer's own colours
      expect(text).toContain("■ us-east-1\\u001B]8;;http://x.example/\\u0007");
      expect(text).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/);
    }
  });
});
