/**
 * Whether every `%` in a path starts a valid UTF-8 percent-encoding. Next would fail to decode such a path deep in
 * its router and answer a bare 500 without our security headers; the proxy answers 400 for it first.
 */
export function isDecodablePath(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}
