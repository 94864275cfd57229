import { describe, expect, it } from "vitest";
import { contextVariableCatalogs } from "./catalogs";
import { closestVariable } from "./suggest";

const rest = contextVariableCatalogs.REST.exact;
const http = contextVariableCatalogs.HTTP.exact;

describe("closestVariable", () => {
  it.each([
    { name: "case only", input: "$context.requestID", candidates: rest, want: "$context.requestId" },
    { name: "case only, whole name", input: "$context.HTTPMETHOD", candidates: rest, want: "$context.httpMethod" },
    { name: "a missing letter", input: "$context.resoucePath", candidates: rest, want: "$context.resourcePath" },
    { name: "swapped letters", input: "$context.stauts", candidates: rest, want: "$context.status" },
    {
      name: "two edits in a long name",
      input: "$context.identity.soureIP",
      candidates: rest,
      want: "$context.identity.sourceIp",
    },
    {
      name: "nested name",
      input: "$context.integration.latncy",
      candidates: http,
      want: "$context.integration.latency",
    },
    { name: "too far", input: "$context.somethingElse", candidates: rest, want: undefined },
    { name: "short names allow one edit only", input: "$context.pth", candidates: rest, want: "$context.path" },
    { name: "short names, two edits", input: "$context.pt", candidates: rest, want: undefined },
    { name: "REST variable has no near HTTP twin", input: "$context.resourcePath", candidates: http, want: undefined },
    { name: "not a $context name", input: "$input.body", candidates: rest, want: undefined },
    { name: "very long name", input: `$context.${"a".repeat(200)}`, candidates: rest, want: undefined },
    { name: "a known name suggests nothing", input: "$context.status", candidates: rest, want: undefined },
    { name: "bare $context", input: "$context", candidates: rest, want: undefined },
  ])("$name", ({ input, candidates, want }) => {
    expect(closestVariable(input, candidates)).toBe(want);
  });
});
