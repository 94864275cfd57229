import { describe, expect, it } from "vitest";
import { dnsSuffix, exampleRegion, isPartition, isRegionName, isRegionOf, partitionOf, partitions } from "./regions";

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

  it.each([
    "r12345",
    "us-east-1\u001b]0;x\u0007",
    "US-EAST-1",
    "us_east_1",
    "us-east-",
    "us-east-123",
    "zz-east-1",
    "",
    " us-east-1",
  ])("refuses %j", (name) => expect(isRegionName(name)).toBe(false));

  it("names partitions only as AWS does", () => {
    expect(isPartition("aws-us-gov")).toBe(true);
    expect(isPartition("aws-moon")).toBe(false);
    expect(isPartition("__proto__")).toBe(false);
  });
});

describe("partition DNS suffixes", () => {
  it.each([
    ["us-east-1", "aws", "amazonaws.com"],
    ["cn-northwest-1", "aws-cn", "amazonaws.com.cn"],
    ["us-gov-west-1", "aws-us-gov", "amazonaws.com"],
    ["us-isob-east-1", "aws-iso-b", "sc2s.sgov.gov"],
    ["eusc-de-east-1", "aws-eusc", "amazonaws.eu"],
  ] as const)("%s is in %s, whose names end in %s", (region, partition, suffix) => {
    expect(partitionOf(region)).toBe(partition);
    expect(dnsSuffix[partition]).toBe(suffix);
  });

  it("a name of no partition has none", () => expect(partitionOf("zz-east-1")).toBeNull());
});
