import { describe, expect, it } from "vitest";
import { renderProgressLine, terminalProgress } from "./progress-bar";

describe("progress bar", () => {
  it("renders the share done and the regions still running", () => {
    expect(renderProgressLine(6, 24, ["us-east-1", "eu-west-1"])).toBe(
      "[######..................] 6/24 calls · 2 regions: us-east-1 eu-west-1",
    );
    expect(renderProgressLine(0, 0, [])).toBe("[........................] 0/0 calls");
  });

  it("draws on one line and clears it at the end", () => {
    const written: string[] = [];
    const progress = terminalProgress({ write: (text) => written.push(text) }, 0);
    progress.listener({
      type: "planned",
      region: "us-east-1",
      service: "apigateway",
      operation: "GetAccount",
      planned: 1,
      done: 0,
    });
    progress.listener({
      type: "done",
      region: "us-east-1",
      service: "apigateway",
      operation: "GetAccount",
      outcome: "output",
      attempts: 1,
      planned: 1,
      done: 1,
    });
    progress.finish();
    expect(written.every((text) => text.startsWith("\r\x1b[K"))).toBe(true);
    expect(written.at(-2)).toContain("1/1 calls");
    expect(written.at(-1)).toBe("\r\x1b[K");
  });
});
