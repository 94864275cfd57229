import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { leastPrivilegePolicy } from "../../lib/aws/least-privilege-policy";
import { main } from "../main";

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    io: { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) }, env: {} },
    out: () => out.join(""),
    err: () => err.join(""),
  };
}

describe("log-doctor policy", () => {
  it("prints the least-privilege policy as JSON", async () => {
    const t = io();
    expect(await main(["policy"], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toEqual(leastPrivilegePolicy());
  });

  it("takes the partition of the resource ARNs", async () => {
    const t = io();
    expect(await main(["policy", "--partition", "aws-us-gov"], t.io)).toBe(0);
    expect(t.out()).toContain("arn:aws-us-gov:apigateway:*::/restapis");
    const bad = io();
    expect(await main(["policy", "--partition", "mars"], bad.io)).toBe(2);
  });

  it("is exactly the policy the README shows", async () => {
    const t = io();
    await main(["policy"], t.io);
    const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
    const block = /The minimal policy, as `npx log-doctor policy` prints it:\s*```json\n([\s\S]*?)\n```/.exec(readme);
    expect(block?.[1]).toBe(t.out().trim());
  });
});
