import { TemplateError, type ParsedFile } from "./types";

/** Paths deeper than this are not remembered: findings point at resources and their properties, not deeper. */
const maxRecordedDepth = 6;

/**
 * JSON with the line of every key and array item (to `maxRecordedDepth`). JSON.parse gives the value; one linear
 * scan gives the lines, because a YAML parser keeping positions is two orders of magnitude slower on big plans.
 */
export function parseJsonWithLines(file: string, text: string): ParsedFile {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new TemplateError(`not valid JSON: ${(error as Error).message}`);
  }
  const lines = scanLines(text);
  return {
    file,
    value,
    lineOf(path) {
      for (let n = Math.min(path.length, maxRecordedDepth); n > 0; n--) {
        const line = lines.get(path.slice(0, n).join("\u0000"));
        if (line !== undefined) return line;
      }
      return 1;
    },
  };
}

function scanLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 34 /* " */) {
      const start = i;
      i++;
      while (i < text.length && text.charCodeAt(i) !== 34) i += text.charCodeAt(i) === 92 ? 2 : 1;
      const top = stack[stack.length - 1];
      if (expectKey && top && !top.array) {
        if (top.path.length < maxRecordedDepth) {
          const path = [...top.path, JSON.parse(text.slice(start, i + 1)) as string];
          lines.set(path.join("\u0000"), line);
          top.pending = path;
        }
        expectKey = false;
      } else noteArrayItem(top, line, lines);
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      const top = stack[stack.length - 1];
      // Below the recorded depth the parent's path is reused: a hostile 5,000-deep array must not copy paths.
      const deep = top !== undefined && top.path.length >= maxRecordedDepth;
      const path = !top
        ? []
        : deep
          ? top.path
          : top.array
            ? [...top.path, String(top.index)]
            : (top.pending ?? top.path);
      noteArrayItem(top, line, lines);
      stack.push({ path, array: c === 91, index: 0 });
      expectKey = c === 123;
    } else if (c === 125 || c === 93) stack.pop();
    else if (c === 44 /* , */) {
      const top = stack[stack.length - 1];
      if (top?.array) top.index++;
      else expectKey = true;
    } else if (c > 32 && c !== 58) noteArrayItem(stack[stack.length - 1], line, lines);
  }
  return lines;
}

/** One open container: its path, whether it is an array, the next array index, and (objects) the last key's path. */
interface Frame {
  path: string[];
  array: boolean;
  index: number;
  pending?: string[];
}

function noteArrayItem(top: Frame | undefined, line: number, lines: Map<string, number>) {
  if (!top?.array || top.path.length >= maxRecordedDepth) return;
  const key = [...top.path, String(top.index)].join("\u0000");
  if (!lines.has(key)) lines.set(key, line);
}
