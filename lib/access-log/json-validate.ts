export interface JsonError {
  /** Offset in the text where parsing failed; the text's length for an unexpected end. */
  offset: number;
  reason: string;
}

const OBJECT = 1;
const ARRAY = 2;

function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

function isHex(code: number): boolean {
  return isDigit(code) || (code >= 0x41 && code <= 0x46) || (code >= 0x61 && code <= 0x66);
}

/**
 * Where `text` stops being JSON (RFC 8259, as JSON.parse reads it), or null when it is JSON. Written out instead
 * of reading JSON.parse's message because each engine words its position differently (V8, SpiderMonkey and
 * JavaScriptCore all do), and iterative so that 100 KB of `[` cannot overflow the stack.
 */
export function findJsonError(text: string): JsonError | null {
  const length = text.length;
  const stack: number[] = [];
  let i = 0;
  const fail = (offset: number, reason: string): JsonError => ({
    offset,
    reason: offset >= length ? `${reason} (the text ends too early)` : reason,
  });
  const skipSpace = () => {
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) break;
      i++;
    }
  };
  const readString = (): JsonError | null => {
    i++; // opening quote
    while (i < length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return null;
      }
      if (c < 0x20) return fail(i, "a control character is not allowed inside a string");
      if (c === 0x5c) {
        const e = text.charCodeAt(i + 1);
        if (e === 0x75) {
          for (let k = 2; k < 6; k++)
            if (!isHex(text.charCodeAt(i + k))) return fail(i, "a \\u escape needs four hex digits");
          i += 6;
          continue;
        }
        const next = text[i + 1];
        if (next === undefined || '"\\/bfnrt'.indexOf(next) === -1) return fail(i, "invalid escape in a string");
        i += 2;
        continue;
      }
      i++;
    }
    return fail(length, "a string is not closed");
  };
  const readNumber = (): JsonError | null => {
    if (text.charCodeAt(i) === 0x2d) i++;
    if (text.charCodeAt(i) === 0x30) i++;
    else if (isDigit(text.charCodeAt(i))) while (isDigit(text.charCodeAt(i))) i++;
    else return fail(i, "a digit is expected");
    if (text.charCodeAt(i) === 0x2e) {
      i++;
      if (!isDigit(text.charCodeAt(i))) return fail(i, "a digit is expected after the decimal point");
      while (isDigit(text.charCodeAt(i))) i++;
    }
    const e = text.charCodeAt(i);
    if (e === 0x65 || e === 0x45) {
      i++;
      const sign = text.charCodeAt(i);
      if (sign === 0x2b || sign === 0x2d) i++;
      if (!isDigit(text.charCodeAt(i))) return fail(i, "a digit is expected in the exponent");
      while (isDigit(text.charCodeAt(i))) i++;
    }
    return null;
  };
  const readKey = (): JsonError | null => {
    skipSpace();
    if (text.charCodeAt(i) !== 0x22) return fail(i, "a property name in double quotes is expected");
    const error = readString();
    if (error) return error;
    skipSpace();
    if (text.charCodeAt(i) !== 0x3a) return fail(i, "a ':' is expected after a property name");
    i++;
    return null;
  };

  skipSpace();
  for (;;) {
    // A value starts at i.
    skipSpace();
    const c = text.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      i++;
      skipSpace();
      const close = c === 0x7b ? 0x7d : 0x5d;
      if (text.charCodeAt(i) === close) {
        i++;
      } else {
        stack.push(c === 0x7b ? OBJECT : ARRAY);
        if (c === 0x7b) {
          const error = readKey();
          if (error) return error;
        }
        continue;
      }
    } else if (c === 0x22) {
      const error = readString();
      if (error) return error;
    } else if (c === 0x2d || isDigit(c)) {
      const error = readNumber();
      if (error) return error;
    } else {
      const literal = ["true", "false", "null"].find((word) => text.startsWith(word, i));
      if (!literal) return fail(i, "a value is expected");
      i += literal.length;
    }
    // After a value: close containers, or go on to the next member.
    for (;;) {
      skipSpace();
      const top = stack[stack.length - 1];
      if (top === undefined) return i === length ? null : fail(i, "unexpected text after the end of the JSON value");
      const d = text.charCodeAt(i);
      if (d === 0x2c) {
        i++;
        if (top === OBJECT) {
          const error = readKey();
          if (error) return error;
        }
        break;
      }
      if ((top === OBJECT && d === 0x7d) || (top === ARRAY && d === 0x5d)) {
        stack.pop();
        i++;
        continue;
      }
      return fail(i, top === OBJECT ? "a ',' or '}' is expected" : "a ',' or ']' is expected");
    }
  }
}
