import { describe, expect, it } from "vitest";
import { parsePolicyDocument } from "./parse-policy-document";

const trustJson =
  '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"apigateway.amazonaws.com"},"Action":"sts:AssumeRole"}]}';

const normalizedTrust = {
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: ["apigateway.amazonaws.com"] }, Action: ["sts:AssumeRole"] }],
};

describe("parsePolicyDocument: accepted spellings", () => {
  it.each([
    ["a URL-encoded string (as IAM returns it)", encodeURIComponent(trustJson)],
    ["URL-encoded pretty-printed JSON", encodeURIComponent(JSON.stringify(JSON.parse(trustJson), null, 2))],
    ["a JSON string", trustJson],
    ["a JSON string with surrounding whitespace", `\n  ${trustJson}\n`],
    ["an object", JSON.parse(trustJson)],
    [
      "a single statement object instead of an array",
      { ...JSON.parse(trustJson), Statement: JSON.parse(trustJson).Statement[0] },
    ],
  ])("reads %s", (_name, input) => {
    expect(parsePolicyDocument(input)).toEqual({ ok: true, document: normalizedTrust });
  });

  it("decodes %XX escapes but keeps a literal '+' (IAM encodes spaces as %20)", () => {
    const json = '{"Statement":{"Sid":"a+b c","Effect":"Allow","Action":"s3:*","Resource":"*"}}';
    const result = parsePolicyDocument(encodeURIComponent(json).replace("%2B", "+"));
    expect(result.ok && result.document.Statement[0].Sid).toBe("a+b c");
  });

  it("reads a plain JSON document that contains a '%' without URL-decoding it", () => {
    const result = parsePolicyDocument('{"Statement":{"Sid":"100%25","Effect":"Allow","Action":"*","Resource":"*"}}');
    expect(result.ok && result.document.Statement[0].Sid).toBe("100%25");
  });

  it("normalizes every list-valued element and condition value to arrays of strings", () => {
    const result = parsePolicyDocument({
      Statement: [
        {
          Sid: "S",
          Effect: "Deny",
          NotAction: "iam:*",
          NotResource: "arn:aws:s3:::b",
          NotPrincipal: { AWS: "arn:aws:iam::111122223333:root", Service: ["a.amazonaws.com", "b.amazonaws.com"] },
          Condition: {
            BoolIfExists: { "aws:MultiFactorAuthPresent": false },
            NumericLessThan: { "s3:max-keys": [10, "20"] },
          },
        },
        { Effect: "Allow", Principal: "*", Action: ["a:b", "c:d"], Resource: ["r1", "r2"] },
      ],
    });
    expect(result).toEqual({
      ok: true,
      document: {
        Statement: [
          {
            Sid: "S",
            Effect: "Deny",
            NotAction: ["iam:*"],
            NotResource: ["arn:aws:s3:::b"],
            NotPrincipal: { AWS: ["arn:aws:iam::111122223333:root"], Service: ["a.amazonaws.com", "b.amazonaws.com"] },
            Condition: {
              BoolIfExists: { "aws:MultiFactorAuthPresent": ["false"] },
              NumericLessThan: { "s3:max-keys": ["10", "20"] },
            },
          },
          { Effect: "Allow", Principal: "*", Action: ["a:b", "c:d"], Resource: ["r1", "r2"] },
        ],
      },
    });
  });

  it("accepts an empty Statement array (it allows nothing)", () => {
    expect(parsePolicyDocument({ Statement: [] })).toEqual({ ok: true, document: { Statement: [] } });
  });
});

describe("parsePolicyDocument: malformed documents", () => {
  it.each([
    ["not JSON", "{not json", /^policy document is not valid JSON \(/],
    ["URL-encoded garbage", "%7Bnot%20json", /^policy document is URL-encoded but not valid JSON once decoded/],
    ["a broken escape", "%E0%A4%A", /^policy document is neither JSON nor URL-encoded JSON/],
    ["an empty string", "   ", /^policy document is empty$/],
    ["a number", 42, /^policy document must be a JSON object with a Statement$/],
    ["null", null, /^policy document must be a JSON object with a Statement$/],
    ["a JSON array", "[]", /^policy document must be a JSON object with a Statement$/],
    ["no Statement", { Version: "2012-10-17" }, /^policy document has no Statement$/],
    [
      "Statement of the wrong type",
      { Statement: "Allow" },
      /^policy document Statement must be an object or an array of objects$/,
    ],
    [
      "Effect missing",
      { Statement: [{ Action: "s3:*", Resource: "*" }] },
      /^policy document Statement\[0\] Effect is missing/,
    ],
    [
      "Effect misspelled",
      {
        Statement: [
          { Effect: "Allow", Action: "a:b" },
          { Effect: "allow", Action: "s3:*" },
        ],
      },
      /^policy document Statement\[1\] Effect must be "Allow" or "Deny"$/,
    ],
    ["a statement that is not an object", { Statement: ["x"] }, /^policy document Statement\[0\] must be an object$/],
    [
      "Action of the wrong type",
      { Statement: { Effect: "Allow", Action: 3 } },
      /Statement\[0\] Action must be a string or an array of strings/,
    ],
    [
      "neither Action nor NotAction",
      { Statement: { Effect: "Allow", Resource: "*" } },
      /Statement\[0\] has neither Action nor NotAction/,
    ],
    [
      "both Action and NotAction",
      { Statement: { Effect: "Allow", Action: "a:b", NotAction: "c:d" } },
      /has both Action and NotAction/,
    ],
    [
      "both Resource and NotResource",
      { Statement: { Effect: "Allow", Action: "a:b", Resource: "*", NotResource: "x" } },
      /has both Resource and NotResource/,
    ],
    [
      "both Principal and NotPrincipal",
      { Statement: { Effect: "Allow", Action: "a:b", Principal: "*", NotPrincipal: "*" } },
      /has both Principal and NotPrincipal/,
    ],
    [
      "a Principal string other than *",
      { Statement: { Effect: "Allow", Action: "a:b", Principal: "apigateway.amazonaws.com" } },
      /Principal must be "\*" or an object/,
    ],
    [
      "a Condition that is not an object",
      { Statement: { Effect: "Allow", Action: "a:b", Condition: "x" } },
      /Condition must be an object/,
    ],
    [
      "a Condition value that is an object",
      { Statement: { Effect: "Allow", Action: "a:b", Condition: { StringEquals: { k: { x: 1 } } } } },
      /Condition value must be/,
    ],
    ["a Version that is not a string", { Version: 2012, Statement: [] }, /^policy document Version must be a string$/],
  ])("rejects %s with a clear message", (_name, input, message) => {
    const result = parsePolicyDocument(input);
    expect(result.ok).toBe(false);
    expect(result.ok ? "" : result.error).toMatch(message);
  });
});
