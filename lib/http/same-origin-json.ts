import { isSameOrigin } from "../sources/same-origin";
import { readCappedText, sizeLabel } from "./capped-body";

export type JsonBody = { ok: true; json: unknown } | { ok: false; status: 403 | 413 | 400; error: string };

/**
 * A small JSON body sent by Log Doctor's own pages: another site's request is refused (`refusal`), the body is read
 * no further than `maxBytes`, and one that is not JSON is a 400.
 */
export async function readSameOriginJson(request: Request, maxBytes: number, refusal: string): Promise<JsonBody> {
  if (!isSameOrigin(request)) return { ok: false, status: 403, error: refusal };
  const text = await readCappedText(request, maxBytes);
  if (text === null)
    return { ok: false, status: 413, error: `The request is too large: at most ${sizeLabel(maxBytes)}.` };
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    return { ok: false, status: 400, error: "The request is not JSON." };
  }
}
