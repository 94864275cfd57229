import { afterEach, describe, expect, it, vi } from "vitest";
import { log, logLine } from "./log";

afterEach(() => vi.restoreAllMocks());

describe("logLine", () => {
  it("is one JSON object on one line, with time, level and type first", () => {
    const line = logLine(
      "warn",
      "database",
      { message: "connection lost:\nreset", retry: true, skipped: undefined },
      new Date("2026-01-02T03:04:05Z"),
    );
    expect(line).not.toContain("\n");
    expect(Object.keys(JSON.parse(line))).toEqual(["time", "level", "type", "message", "retry"]);
    expect(JSON.parse(line)).toEqual({
      time: "2026-01-02T03:04:05.000Z",
      level: "warn",
      type: "database",
      message: "connection lost:\nreset",
      retry: true,
    });
  });

  it("cuts long strings and escapes control characters, so a hostile value cannot forge a second line", () => {
    const parsed = JSON.parse(logLine("info", "x", { message: `a\u001b]0;title\u0007${"b".repeat(2000)}` }));
    expect(parsed.message).toHaveLength(500);
    expect(logLine("info", "x", { message: "\u001b" })).toContain("\\u001b");
  });
});

describe("log", () => {
  it("writes info to stdout and warnings and errors to stderr", () => {
    const out = vi.spyOn(console, "log").mockImplementation(() => {});
    const err = vi.spyOn(console, "error").mockImplementation(() => {});
    log("info", "scan", "started", { scan: "abc" });
    log("error", "health", "database unreachable");
    expect(JSON.parse(String(out.mock.calls[0][0]))).toMatchObject({
      level: "info",
      type: "scan",
      message: "started",
      scan: "abc",
    });
    expect(JSON.parse(String(err.mock.calls[0][0]))).toMatchObject({
      level: "error",
      type: "health",
      message: "database unreachable",
    });
  });
});
