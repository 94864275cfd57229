import { describe, expect, it } from "vitest";
import { filterPatternOf, parseRequestId } from "./request-id";

describe("parseRequestId", () => {
  it.each([
    [
      "an x-amzn-RequestId value",
      "3f5c7a2e-1b2c-4d5e-8f90-123456789abc",
      "3f5c7a2e-1b2c-4d5e-8f90-123456789abc",
      "request-id",
    ],
    [
      "an upper-case UUID (normalized: API Gateway writes them in lower case)",
      "3F5C7A2E-1B2C-4D5E-8F90-123456789ABC",
      "3f5c7a2e-1b2c-4d5e-8f90-123456789abc",
      "request-id",
    ],
    [
      "the whole pasted header line",
      "x-amzn-RequestId: 3f5c7a2e-1b2c-4d5e-8f90-123456789abc",
      "3f5c7a2e-1b2c-4d5e-8f90-123456789abc",
      "request-id",
    ],
    ["an apigw-requestid value (HTTP API)", "  Vn8gKhBBIAMEK2w=  ", "Vn8gKhBBIAMEK2w=", "extended"],
    ["an apigw-requestid header line", "apigw-requestid: Vn8gKhBBIAMEK2w=", "Vn8gKhBBIAMEK2w=", "extended"],
    ["an x-amz-apigw-id (extended request id) with - and _", '"OKpv-Fl8_AMFb7g="', "OKpv-Fl8_AMFb7g=", "extended"],
  ])("accepts %s", (_name, input, id, form) => {
    expect(parseRequestId(input)).toEqual({ ok: true, id, form });
  });

  it.each([
    ["empty", ""],
    ["a UUID cut short", "3f5c7a2e-1b2c-4d5e-8f90-123456789ab"],
    ["a UUID with a filter-pattern quote", '3f5c7a2e-1b2c-4d5e-8f90-123456789abc" ?ERROR'],
    ["a filter pattern", "?ERROR ?Exception"],
    ["an extended id without its =", "Vn8gKhBBIAMEK2wx"],
    ["an X-Ray trace id", "Root=1-5759e988-bd862e3fe1be46a994272793"],
    ["a Lambda-looking id with spaces", "3f5c7a2e 1b2c 4d5e 8f90 123456789abc"],
    ["an unknown header's value", "x-request-id: 3f5c7a2e-1b2c-4d5e-8f90-123456789abc"],
  ])("rejects %s with a message naming the accepted forms", (_name, input) => {
    const parsed = parseRequestId(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toMatch(/x-amzn-RequestId.*apigw-requestid/);
  });

  it("searches for the id as one quoted term", () => {
    expect(filterPatternOf("Vn8gKhBBIAMEK2w=")).toBe('"Vn8gKhBBIAMEK2w="');
  });
});
