import { describe, expect, it } from "vitest";
import { matchesWildcard } from "./matches-wildcard";

const group = "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_abc/prod";

describe("matchesWildcard", () => {
  it.each([
    // [pattern, value, expected, why]
    ["*", group, true, "a lone star matches everything"],
    ["*", "", true, "a star matches the empty string"],
    ["", "", true, "empty matches empty"],
    ["", "a", false, "empty matches nothing else"],
    ["logs:PutLogEvents", "logs:PutLogEvents", true, "literal"],
    ["logs:PutLogEvents", "logs:PutLogEvent", false, "literal must cover the whole value"],
    ["logs:Put*", "logs:PutLogEvents", true, "trailing star"],
    ["logs:*Events", "logs:PutLogEvents", true, "leading star"],
    ["logs:*Events", "logs:PutLogEventsX", false, "suffix must match at the end"],
    ["arn:aws:logs:*", group, true, "star crosses colons and slashes"],
    ["arn:aws:logs:*:*:log-group:*", group, true, "star per ARN segment"],
    ["arn:aws:logs:*:123456789012:log-group:*", group, true, "account pinned"],
    ["arn:aws:logs:*:999999999999:log-group:*", group, false, "other account"],
    ["arn:aws:logs:us-east-1:*:log-group:API-Gateway-Execution-Logs_*", group, true, "star spans '/'"],
    ["arn:aws:logs:us-east-?:*", group, true, "? is one character"],
    ["arn:aws:logs:us-east-??:*", group, false, "?? needs two characters"],
    [
      "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_abc/prod?",
      group,
      false,
      "? is not optional",
    ],
    ["a*b*c", "aXXbYYc", true, "several stars"],
    ["a*b*c", "aXXbYY", false, "several stars, missing tail"],
    [
      "*a*a*a*a*b",
      "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
      false,
      "pathological pattern stays fast and false",
    ],
    ["s3:*", "S3:GetObject", false, "case-sensitive by default"],
    ["caf?", "café", true, "? matches one code point"],
  ])("%s vs %s → %s (%s)", (pattern, value, expected) => {
    expect(matchesWildcard(pattern, value)).toBe(expected);
  });

  it.each([
    ["logs:putlogevents", "LOGS:PutLogEvents", true],
    ["LOGS:Put*", "logs:putlogevents", true],
    ["logs:Get*", "LOGS:PUTLOGEVENTS", false],
  ])("case-insensitive: %s vs %s → %s", (pattern, value, expected) => {
    expect(matchesWildcard(pattern, value, { caseInsensitive: true })).toBe(expected);
  });
});
