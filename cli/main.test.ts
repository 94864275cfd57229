import { describe, expect, it } from "vitest";
import { main } from "./main";

describe("cli", () => {
  it("runs", async () => {
    expect(await main([])).toBe(0);
  });
});
