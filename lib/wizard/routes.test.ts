import { describe, expect, it } from "vitest";
import { decodeSegment, stageHref, stageSegment, stepHref } from "./routes";

describe("routes", () => {
  const address = { source: "demo", region: "us-east-1", apiId: "h5c2r8z1jq", stage: "$default", index: 0 };

  it("encodes every segment and round-trips through decodeSegment", () => {
    const href = stepHref(address, "access-logging", ["413", "429"]);
    expect(href).toBe("/diagnose/demo/us-east-1/h5c2r8z1jq/%24default/access-logging?symptom=413&symptom=429");
    expect(decodeSegment(href.split("/")[5])).toBe("$default");
  });

  it("addresses stage names that cannot be a URL segment by position", () => {
    expect(stageSegment("x".repeat(200), 3)).toBe("~3");
    expect(stageSegment("~tilde", 1)).toBe("~1");
    expect(stageHref({ ...address, stage: "<img src=x onerror=alert(1)>" })).toBe(
      "/diagnose/demo/us-east-1/h5c2r8z1jq/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
    );
  });

  it("answers null for malformed percent-encoding", () => {
    expect(decodeSegment("%E0%A4%A")).toBeNull();
  });
});
