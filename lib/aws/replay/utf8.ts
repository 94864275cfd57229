/**
 * Text of a body the SDK built. Its JSON bodies are Uint8Array subclasses that warn when used as strings, so
 * read the bytes through their buffer rather than letting Buffer.from() call valueOf().
 */
export function utf8(data: unknown): string {
  if (typeof data === "string") return data;
  if (data instanceof Uint8Array) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString("utf8");
  return "";
}
