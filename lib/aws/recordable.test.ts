import { describe, expect, it } from "vitest";
import { formatTimestamp, toRecordable, toRecordedError } from "./recordable";

describe("toRecordable", () => {
  it("drops Credentials at any depth, $metadata and undefined members", () => {
    const output = {
      $metadata: { httpStatusCode: 200, requestId: "r-1" },
      Credentials: { AccessKeyId: "ASIA", SecretAccessKey: "secret", SessionToken: "token" },
      Nested: [{ Credentials: { SecretAccessKey: "deep" }, Keep: 1, Gone: undefined }],
    };
    expect(toRecordable(output)).toEqual({ Nested: [{ Keep: 1 }] });
  });

  it("writes Dates as ISO strings, without a .000 fraction for whole seconds", () => {
    expect(toRecordable({ at: new Date("2026-11-22T10:00:00Z"), ms: new Date("2026-11-22T10:00:00.250Z") })).toEqual({
      at: "2026-11-22T10:00:00Z",
      ms: "2026-11-22T10:00:00.250Z",
    });
    expect(formatTimestamp(new Date(0))).toBe("1970-01-01T00:00:00Z");
  });
});

describe("toRecordedError", () => {
  it("keeps name, message and the HTTP status, nothing else", () => {
    const error = Object.assign(new Error("The role with name r cannot be found."), {
      name: "NoSuchEntityException",
      $metadata: { httpStatusCode: 404, requestId: "r-2" },
      $response: { headers: { "x-amzn-requestid": "r-2" } },
    });
    expect(toRecordedError(error)).toEqual({
      name: "NoSuchEntityException",
      message: "The role with name r cannot be found.",
      httpStatusCode: 404,
    });
  });

  it("names network errors by their code", () => {
    const error = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:1"), { code: "ECONNREFUSED" });
    expect(toRecordedError(error)).toEqual({ name: "ECONNREFUSED", message: "connect ECONNREFUSED 127.0.0.1:1" });
  });
});
