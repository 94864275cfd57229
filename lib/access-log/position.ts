import type { Position } from "./types";

/**
 * Returns a function from offset to Position. Line starts are found once so that thousands of problems in a
 * large format cost a binary search each. `\r\n`, `\n` and a lone `\r` each end a line.
 */
export function positionLookup(text: string): (offset: number) => Position {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x0a) lineStarts.push(i + 1);
    else if (code === 0x0d && text.charCodeAt(i + 1) !== 0x0a) lineStarts.push(i + 1);
  }
  return (rawOffset: number): Position => {
    const offset = Math.min(Math.max(0, Math.floor(rawOffset)), text.length);
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return { offset, line: low + 1, column: offset - lineStarts[low] + 1 };
  };
}
