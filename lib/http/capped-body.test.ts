import { describe, expect, it } from "vitest";
import { readCappedBody, readCappedText, sizeLabel } from "./capped-body";
import { chunkedPost, endlessBody } from "../../testing/http/endless-body";

const MB = 1024 * 1024;

describe("readCappedBody", () => {
  it("stops reading a chunked body as soon as it passes the cap", async () => {
    const body = endlessBody(300 * MB);
    const result = await readCappedBody(chunkedPost("http://127.0.0.1/x", body.stream, {}), 1 * MB);
    expect(result).toEqual({ ok: false, declared: null });
    expect(body.pulled()).toBeLessThanOrEqual(1 * MB + 64 * 1024);
  });

  it("refuses a declared Content-Length over the cap without reading a byte", async () => {
    const body = endlessBody(300 * MB);
    const request = chunkedPost("http://127.0.0.1/x", body.stream, { "content-length": String(300 * MB) });
    expect(await readCappedBody(request, MB)).toEqual({ ok: false, declared: 300 * MB });
    // A stream fills its one-chunk queue when it is created; nothing more is pulled.
    expect(body.pulled()).toBeLessThanOrEqual(64 * 1024);
  });

  it("returns a body within the cap whole, as text without a byte-order mark", async () => {
    const request = new Request("http://127.0.0.1/x", { method: "POST", body: '\uFEFF{"a":1}' });
    expect(await readCappedText(request, 1024)).toBe('{"a":1}');
    expect(await readCappedText(new Request("http://127.0.0.1/x"), 1024)).toBe("");
  });

  it("names sizes the way error messages say them", () => {
    expect(sizeLabel(25 * MB)).toBe("25 MB");
    expect(sizeLabel(16 * 1024)).toBe("16 KB");
  });
});
