import { describe, expect, it } from "vitest";
import { globsOverlap } from "./globs-overlap";

describe("globsOverlap", () => {
  it.each([
    ["", "", true],
    ["*", "", true],
    ["a", "", false],
    ["abc", "abc", true],
    ["abc", "abd", false],
    ["a?c", "ab?", true],
    ["a*", "*b", true],
    ["a*", "b*", false],
    ["*a", "*b", false],
    ["a*c", "ab*", true],
    ["???", "a*", true],
    ["??", "abc", false],
    ["arn:aws:apigateway:*::*", "arn:aws:apigateway:us-east-1::*", true],
    ["arn:aws:apigateway:us-*::/restapis/*", "arn:aws:apigateway:us-east-1::*", true],
    ["arn:aws:apigateway:eu-*::*", "arn:aws:apigateway:us-east-1::*", false],
    ["arn:aws:apigateway:us-east-1::/restapis/abc/*", "arn:aws:apigateway:us-east-1::*", true],
    ["arn:aws:lambda:us-east-1:*", "arn:aws:apigateway:us-east-1::*", false],
  ])("%s ∩ %s → %s", (a, b, expected) => {
    expect(globsOverlap(a, b)).toBe(expected);
    expect(globsOverlap(b, a)).toBe(expected);
  });
});
