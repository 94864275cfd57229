import { describe, expect, it } from "vitest";
import { isSourceId, isStoredSourceId, newSourceId } from "./id";

describe("source ids", () => {
  it("are 22 URL-safe characters (128 bits) and differ every time", () => {
    const ids = new Set(Array.from({ length: 1000 }, newSourceId));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(isStoredSourceId(id)).toBe(true);
  });

  it.each([
    "",
    "demo/../x",
    "../../etc/passwd",
    "a".repeat(21),
    "a".repeat(23),
    "aaaaaaaaaaaaaaaaaaaaa.",
    "%2e%2e%2fetc%2fpasswd00",
  ])("rejects %j as a stored id", (id) => expect(isStoredSourceId(id)).toBe(false));

  it("accepts the demo id as a source but not as a stored one", () => {
    expect(isSourceId("demo")).toBe(true);
    expect(isStoredSourceId("demo")).toBe(false);
  });
});
