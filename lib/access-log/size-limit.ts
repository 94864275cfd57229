import type { ApiType } from "./types";

// The quota pages for REST ("Quotas for configuring and running a REST API in API Gateway"), HTTP and WebSocket
// APIs each list "Access log template size: 3 KB", not adjustable ("KB" read as 1024 bytes of UTF-8, the stricter
// reading). The check catalog (docs/spec/checks.md) asks for a warning on v2 formats over 1024 characters, which
// no AWS page we found states; the catalog is the contract, so v2 formats use its limit and REST the quota.
export const accessLogTemplateLimitBytes: Record<ApiType, number> = { REST: 3072, HTTP: 3072, WEBSOCKET: 3072 };
export const v2FormatLimitCharacters = 1024;

function utf8Bytes(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code > 0xffff ? 4 : 3; // a lone surrogate is written as U+FFFD, three bytes
}

/** The UTF-8 size of `text`, and the offset of the first character that does not fit in `limit` bytes. */
export function measureUtf8(text: string, limit: number): { bytes: number; firstOverflow: number | null } {
  let bytes = 0;
  let firstOverflow: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    bytes += utf8Bytes(code);
    if (firstOverflow === null && bytes > limit) firstOverflow = i;
    if (code > 0xffff) i++;
  }
  return { bytes, firstOverflow };
}
