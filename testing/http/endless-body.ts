/**
 * A chunked request body far larger than any cap (`total` bytes of JSON-looking text, 64 KB a chunk), produced only
 * as the reader pulls it: `pulled()` says how much a route actually read before it answered.
 */
export function endlessBody(total: number, chunkBytes = 64 * 1024) {
  let produced = 0;
  const chunk = new TextEncoder().encode("[".repeat(chunkBytes));
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (produced >= total) return controller.close();
      produced += chunk.byteLength;
      controller.enqueue(chunk);
    },
  });
  return { stream, pulled: () => produced };
}

/** A POST whose body streams without a Content-Length, as `Transfer-Encoding: chunked` does. */
export function chunkedPost(url: string, body: ReadableStream<Uint8Array>, headers: Record<string, string>): Request {
  return new Request(url, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}
