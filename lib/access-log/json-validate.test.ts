import { describe, expect, it } from "vitest";
import { findJsonError } from "./json-validate";

const valid = [
  "{}",
  "[]",
  ' { "a" : 1 } ',
  '{"a":[1,2.5,-0.1e+3,true,false,null,"x\\"y\\u00e9\\n"],"b":{}}',
  "[[[]]]",
  '"just a string"',
  "0",
  '{"a":1}\n',
  "\t[1]\r\n",
];

const invalid: { text: string; offset: number }[] = [
  { text: "", offset: 0 },
  { text: "{", offset: 1 },
  { text: '{"a":x}', offset: 5 },
  { text: '{"a":1,}', offset: 7 },
  { text: '{"a" 1}', offset: 5 },
  { text: "{a:1}", offset: 1 },
  { text: "[1 2]", offset: 3 },
  { text: "[1,]", offset: 3 },
  { text: '{"a":1}}', offset: 7 },
  { text: '{"a":"b""c"}', offset: 8 },
  { text: '["a\tb"]', offset: 3 },
  { text: '["\\x"]', offset: 2 },
  { text: '["\\u12"]', offset: 2 },
  { text: '["abc', offset: 5 },
  { text: '["\\', offset: 2 },
  { text: "[01]", offset: 2 },
  { text: "[1.]", offset: 3 },
  { text: "[1e]", offset: 3 },
  { text: "[-]", offset: 2 },
  { text: "[tru]", offset: 1 },
  { text: "[NaN]", offset: 1 },
  { text: "{]", offset: 1 },
  { text: "[}", offset: 1 },
  { text: "[1]\u00a0", offset: 3 },
];

describe("findJsonError", () => {
  it.each(valid)("accepts %j", (text) => {
    expect(findJsonError(text)).toBeNull();
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it.each(invalid)("rejects $text at $offset", ({ text, offset }) => {
    expect(findJsonError(text)?.offset).toBe(offset);
    expect(() => JSON.parse(text)).toThrow();
  });

  it("says when the text ends too early", () => {
    expect(findJsonError('{"a":')?.reason).toMatch(/ends too early/);
  });

  it("survives deep nesting without recursion", () => {
    expect(findJsonError("[".repeat(100_000))).toEqual({
      offset: 100_000,
      reason: "a value is expected (the text ends too early)",
    });
    expect(findJsonError("[".repeat(50_000) + "]".repeat(50_000))).toBeNull();
  });
});
