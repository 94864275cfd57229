import { describe, expect, it } from "vitest";
import { capture } from "../../testing/capture-builder";
import { MAX_CALLS_PER_REGION, MAX_CAPTURE_ITEMS, MAX_LISTING_ITEMS, MAX_NESTING, MAX_REGIONS } from "./limits";
import { parseCapture, validateCapture } from "./parse-capture";

/** A valid capture as plain JSON, to break one way at a time. */
const base = () =>
  JSON.parse(JSON.stringify(capture().restApi("a1").stage("prod").build())) as Record<string, unknown> & {
    calls: Record<string, unknown>[];
    regions: string[];
  };
const stagesCall = (json: ReturnType<typeof base>) => json.calls.find((call) => call.operation === "GetStages")!;
const errorOf = (json: unknown) => {
  const parsed = validateCapture(json);
  expect(parsed.ok).toBe(false);
  return parsed.ok ? "" : parsed.error;
};

function nested(levels: number): unknown {
  let value: unknown = [];
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe("capture limits", () => {
  it("accepts the builder's captures and a capture at every limit", () => {
    const json = base();
    json.regions = Array.from({ length: MAX_REGIONS }, (_, i) => `us-east-${i + 1}`);
    stagesCall(json).output = { item: Array.from({ length: MAX_LISTING_ITEMS }, (_, i) => ({ stageName: `s${i}` })) };
    stagesCall(json).extra = nested(MAX_NESTING - 2);
    expect(validateCapture(json).ok).toBe(true);
  });

  it("rejects a 1,000,000-region capture with the limit, without reading the names", () => {
    const json = base();
    json.regions = Array.from({ length: 1_000_000 }, (_, i) => `r${i}`);
    const text = JSON.stringify(json);
    expect(text.length).toBeGreaterThan(8_000_000);
    expect(parseCapture(text)).toEqual({
      ok: false,
      error: `capture lists 1,000,000 regions, more than the limit of ${MAX_REGIONS} regions`,
    });

    // The rejection stops at the array's length: not one region name is read.
    let reads = 0;
    const counted = new Proxy(json.regions, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    expect(errorOf({ ...json, regions: counted })).toMatch(/more than the limit of 64 regions/);
    expect(reads).toBe(0);
  });

  it("rejects region names that are not regions of the capture's partition", () => {
    const json = base();
    json.regions = ["us-east-1", "r12345"];
    expect(errorOf(json)).toBe('capture regions.1 "r12345" is not a region name of partition aws (like us-east-1)');
    json.regions = ["cn-north-1"];
    expect(errorOf(json)).toMatch(/"cn-north-1" is not a region name of partition aws/);
    expect(validateCapture({ ...json, partition: "aws-cn", calls: [] }).ok).toBe(true);
    expect(errorOf({ ...base(), partition: "aws-moon" })).toMatch(
      /^capture partition "aws-moon" is not an AWS partition \(aws, aws-cn, aws-us-gov/,
    );
  });

  it("rejects a call whose region is not a region name, and escapes it in the message", () => {
    const json = base();
    stagesCall(json).region = "us-east-1\u001b]0;pwned\u0007";
    const error = errorOf(json);
    expect(error).toMatch(
      /^call \d+ field region: "us-east-1\\u001B\]0;pwned\\u0007" is not a region name of partition aws/,
    );
    expect(error).not.toMatch(/[\u0000-\u001F]/);
  });

  it("caps the calls per region and the number of regions calls name", () => {
    const json = base();
    const call = stagesCall(json);
    json.calls = Array.from({ length: MAX_CALLS_PER_REGION + 1 }, () => call);
    expect(errorOf(json)).toBe(
      `call ${MAX_CALLS_PER_REGION} is more than the limit of 100,000 calls for region us-east-1`,
    );

    const spread = base();
    spread.calls = Array.from({ length: MAX_REGIONS + 1 }, (_, i) => ({ ...call, region: `eu-west-${i + 1}` }));
    expect(errorOf(spread)).toBe(`call ${MAX_REGIONS} is for a region beyond the limit of ${MAX_REGIONS} regions`);
  });

  it("rejects 100,000 levels of nesting with the nesting limit, in any member of a call", () => {
    for (const member of ["output", "input", "extra"]) {
      const json = base();
      const call = stagesCall(json);
      call[member] = member === "input" ? { deep: "@deep" } : "@deep";
      // Written as text: JSON.stringify itself overflows on it, which is what took the upload down.
      const text = JSON.stringify(json).replace('"@deep"', `${"[".repeat(100_000)}${"]".repeat(100_000)}`);
      expect(parseCapture(text)).toEqual({
        ok: false,
        error: expect.stringMatching(
          new RegExp(`^call \\d+ ${member} is nested more than ${MAX_NESTING} levels deep \\(the nesting limit\\)$`),
        ),
      });
    }
  });

  it("rejects an oversized listing naming the listing limit", () => {
    const json = base();
    stagesCall(json).output = { item: Array.from({ length: 2_000_000 }, (_, i) => i) };
    expect(parseCapture(JSON.stringify(json))).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^call \d+ output has a listing of 2,000,000 items, more than the limit of 50,000 per listing$/,
      ),
    });
    const wide = base();
    stagesCall(wide).output = Object.fromEntries(Array.from({ length: MAX_LISTING_ITEMS + 1 }, (_, i) => [`k${i}`, i]));
    expect(errorOf(wide)).toMatch(/output has an object of more than 50,000 members \(the listing limit\)$/);
  });

  it("caps the listing items of the whole capture, so many pages cannot add up to what one may not hold", () => {
    const json = base();
    const page = { ...stagesCall(json), output: { item: Array.from({ length: MAX_LISTING_ITEMS }, () => 0) } };
    const pages = MAX_CAPTURE_ITEMS / MAX_LISTING_ITEMS;
    json.calls = Array.from({ length: pages + 1 }, () => page);
    expect(errorOf(json)).toBe(
      `call ${pages} output brings the capture's listings to more than 1,000,000 items in all (the limit per capture)`,
    );
    json.calls = json.calls.slice(0, pages);
    expect(validateCapture(json).ok).toBe(true);
  });

  it("reads a capture that starts with a UTF-8 byte-order mark", () => {
    const parsed = parseCapture(`\uFEFF${JSON.stringify(base())}`);
    expect(parsed.ok).toBe(true);
  });

  it("never copies control bytes from malformed JSON into the error", () => {
    const parsed = parseCapture("\u001b[2J\u001b[1;31m{not json");
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error).toMatch(/^capture is not valid JSON \(/);
    expect(parsed.error).not.toMatch(/[\u0000-\u001F\u007F-\u009F]/);
  });
});
