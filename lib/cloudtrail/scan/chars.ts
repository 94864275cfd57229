import type { TextPosition } from "../types";

export const OPEN_OBJECT = 123;
export const CLOSE_OBJECT = 125;
export const OPEN_ARRAY = 91;
export const CLOSE_ARRAY = 93;
export const QUOTE = 34;
export const APOSTROPHE = 39;
export const BACKSLASH = 92;
export const COMMA = 44;
export const COLON = 58;
export const DOT = 46;
export const NEWLINE = 10;

export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/** Characters of an unquoted key, as the developer guide prints `{ Records: [`. */
export function isIdentifier(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 48 && code <= 57) ||
    code === 95 ||
    code === 36
  );
}

export function where(at: TextPosition): string {
  return `line ${at.line}, column ${at.column}`;
}

export function megabytes(chars: number): string {
  return `${Math.round(chars / 1024 / 1024)} MB`;
}
