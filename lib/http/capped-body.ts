/**
 * Every API route that reads a request body reads it through here, so no route can be made to buffer more than its
 * cap: a declared Content-Length over the cap is refused before any byte is read, and a chunked body (no length) is
 * counted while it streams and cancelled the moment it passes the cap.
 */
export type CappedBody = { ok: true; bytes: Uint8Array } | { ok: false; declared: number | null };

export async function readCappedBody(request: Request, limit: number): Promise<CappedBody> {
  const header = request.headers.get("content-length");
  const declared = header === null ? null : Number(header);
  if (declared !== null && Number.isFinite(declared) && declared > limit) return { ok: false, declared };
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      // Stops the client's upload: nothing past the cap is pulled from the socket.
      await reader.cancel().catch(() => undefined);
      return { ok: false, declared: null };
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes: all };
}

/** The body as UTF-8 text (a leading byte-order mark dropped), or null when it is over the cap. */
export async function readCappedText(request: Request, limit: number): Promise<string | null> {
  const body = await readCappedBody(request, limit);
  return body.ok ? new TextDecoder("utf-8").decode(body.bytes).replace(/^\uFEFF/, "") : null;
}

/** "25 MB", "16 KB": how a cap reads in an error message. */
export function sizeLabel(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  return `${Math.round((bytes / 1024) * 10) / 10} KB`;
}
