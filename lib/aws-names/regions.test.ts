import { describe, expect, it } from "vitest";
import { exampleRegion, isPartition, isRegionName, isRegionOf, partitions } from "./regions";

describe("AWS region names", () => {
  it("knows each partition's regions and refuses another partition's", () => {
    for (const partition of partitions) expect(isRegionOf(partition, exampleRegion[partition])).toBe(true);
    expect(isRegionOf("aws", "ap-southeast-4")).toBe(true);
    expect(isRegionOf("aws", "mx-central-1")).toBe(true);
    expect(isRegionOf("aws", "cn-north-1")).toBe(false);
    expect(isRegionOf("aws", "us-gov-west-1")).toBe(false);
    expect(isRegionOf("aws-cn", "cn-northwest-1")).toBe(true);
    expect(isRegionOf("aws-us-gov", "us-east-1")).toBe(false);
  });

  it.each(["r12345", "us-east-1\u001b]0;x\u0007", "US-EAST-1", "us_east_1", "us-east-", "us-east-123", "zz-east-1", "", " us-east-1"])(
    "refuses %j",
    (name) => expect(isRegionName(name)).toBe(false),
  );

  it("names partitions only as AWS does", () => {
    expect(isPartition("aws-us-gov")).toBe(true);
    expect(isPartition("aws-moon")).toBe(false);
    expect(isPartition("__proto__")).toBe(false);
  });
});
