import type { TextPosition } from "../types";

/**
 * Splits CloudTrail input into records as text arrives, without holding more than one record:
 * `{"Records": [...]}` (S3 log files), `{"Events": [...]}` (LookupEvents output), a top-level array, or whole
 * values one after another (a single event, or one event per line). Each record's text goes to JSON.parse.
 *
 * Why not stream-json: its parser reports neither where input went wrong nor can it go on after a bad record. This
 * scanner only tracks strings and bracket depth, so it knows the line and column of every record and problem,
 * skips what it cannot read (the documentation's `... additional entries ...`) and keeps the records around it.
 * It accepts unquoted top-level keys (`{ Records: [` as the developer guide prints it); records are parsed leniently
 * by the caller.
 */
export type ScanEvent =
  | { kind: "container"; name: string; at: TextPosition }
  | { kind: "element"; text: string; at: TextPosition }
  | { kind: "value"; text: string; at: TextPosition }
  | { kind: "problem"; severity: "error" | "note"; message: string; at: TextPosition | null };

export interface ScannerLimits {
  /** A top-level value without a Records/Events array is buffered whole up to this many characters. */
  maxValueChars: number;
  /** A single record larger than this is skipped (CloudTrail records are at most a few hundred KB). */
  maxRecordChars: number;
}

export const defaultLimits: ScannerLimits = { maxValueChars: 32 * 1024 * 1024, maxRecordChars: 16 * 1024 * 1024 };

const containerKeys = new Set(["records", "events"]);
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const QUOTE = 34;
const APOSTROPHE = 39;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const DOT = 46;
const NEWLINE = 10;

type Mode = "between" | "top-object" | "stream" | "dead";
type KeyState = "expect-key" | "in-key" | "in-ident" | "after-key" | "expect-value" | "in-value" | "after-value";
type ElementState = "expect-element" | "in-element" | "expect-separator" | "junk" | "placeholder";

export class RecordScanner {
  private events: ScanEvent[] = [];
  private chunk = "";
  private base = 0;
  private line = 1;
  private lineStart = 0;
  private mode: Mode = "between";
  private valuesSeen = 0;
  private depth = 0;
  private quote = 0;
  private escaped = false;
  // The top-level object: its text (until a Records/Events array shows it is a container) and its depth-1 keys.
  private keyState: KeyState = "expect-key";
  private keyPieces: string[] = [];
  private keyFrom = 0;
  private key = "";
  private valueIsPrimitive = false;
  private buffer: string[] | null = null;
  private bufferFrom = 0;
  private bufferChars = 0;
  private valueAt: TextPosition = { line: 1, column: 1, offset: 0 };
  private topIsArray = false;
  // The records array.
  private streamDepth = 0;
  private elementState: ElementState = "expect-element";
  private elementPieces: string[] = [];
  private elementFrom = 0;
  private elementChars = 0;
  private elementAt: TextPosition = { line: 1, column: 1, offset: 0 };
  private elementIsPrimitive = false;
  private elementCount = 0;
  private placeholderFrom = 0;
  private placeholderAt: TextPosition = { line: 1, column: 1, offset: 0 };
  private placeholderText: string[] = [];

  constructor(private readonly limits: ScannerLimits = defaultLimits) {}

  push(chunk: string): ScanEvent[] {
    this.chunk = chunk;
    this.keyFrom = this.bufferFrom = this.elementFrom = this.placeholderFrom = 0;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      this.step(code, i);
      if (code === NEWLINE) {
        this.line += 1;
        this.lineStart = this.base + i + 1;
      }
    }
    this.carryOver();
    this.base += chunk.length;
    return this.drain();
  }

  end(): ScanEvent[] {
    const at = this.position(0);
    if (this.mode === "stream") {
      if (this.elementState === "in-element") {
        this.problem("error", `the input ends inside record #${this.elementCount + 1}, which starts at ${where(this.elementAt)}: the file is truncated or cut off`, this.elementAt);
      } else if (this.elementState === "placeholder") {
        this.endPlaceholder();
      } else {
        this.problem("error", `the input ends before the records array is closed (truncated?); the ${this.elementCount} records before ${where(at)} were read`, at);
      }
    } else if (this.mode === "top-object") {
      const what = this.buffer ? `the JSON object that starts at ${where(this.valueAt)} is complete` : "the closing } of the top-level object";
      this.problem(this.buffer ? "error" : "note", `the input ends before ${what} (truncated?)`, at);
    } else if (this.mode === "between" && this.valuesSeen === 0) {
      this.problem("error", "the input is empty", null);
    }
    this.mode = "dead";
    return this.drain();
  }

  private step(code: number, i: number): void {
    switch (this.mode) {
      case "between":
        return this.stepBetween(code, i);
      case "top-object":
        return this.stepTopObject(code, i);
      case "stream":
        return this.stepStream(code, i);
      default:
        return;
    }
  }

  private stepBetween(code: number, i: number): void {
    if (isSpace(code) || code === 0xfeff) return;
    this.valueAt = this.position(i);
    if (code === OPEN_OBJECT) {
      this.mode = "top-object";
      this.depth = 1;
      this.keyState = "expect-key";
      this.buffer = [];
      this.bufferFrom = i;
      this.bufferChars = 0;
      this.topIsArray = false;
      return;
    }
    if (code === OPEN_ARRAY) {
      this.depth = 1;
      this.topIsArray = true;
      this.startStream("array");
      return;
    }
    const shown = JSON.stringify(this.chunk.slice(i, i + 20));
    const message =
      this.valuesSeen === 0
        ? `not JSON: the text starts with ${shown} at ${where(this.valueAt)}, where a { or [ was expected`
        : `unexpected text ${shown} at ${where(this.valueAt)} after the end of the JSON; the rest was not read`;
    this.problem("error", message, this.valueAt);
    this.mode = "dead";
  }

  /** Depth-1 keys of the top-level object, to find a Records or Events array; other values are skipped. */
  private stepTopObject(code: number, i: number): void {
    if (this.quote !== 0 && this.keyState !== "in-key") return this.stepString(code);
    switch (this.keyState) {
      case "expect-key":
        if (code === QUOTE || code === APOSTROPHE) {
          this.quote = code;
          this.keyState = "in-key";
          this.keyPieces = [];
          this.keyFrom = i + 1;
        } else if (isIdentifier(code)) {
          this.keyState = "in-ident";
          this.keyPieces = [];
          this.keyFrom = i;
        } else if (code === CLOSE_OBJECT) {
          this.endTopValue(i);
        }
        return;
      case "in-key":
        if (this.escaped) this.escaped = false;
        else if (code === BACKSLASH) this.escaped = true;
        else if (code === this.quote) {
          this.quote = 0;
          this.finishKey(i);
        }
        return;
      case "in-ident":
        if (isIdentifier(code)) return;
        this.finishKey(i);
        return this.stepTopObject(code, i);
      case "after-key":
        if (code === COLON) this.keyState = "expect-value";
        return;
      case "expect-value":
        if (isSpace(code)) return;
        if (code === OPEN_ARRAY && containerKeys.has(this.key.toLowerCase())) {
          this.depth += 1;
          this.buffer = null;
          return this.startStream(this.key);
        }
        this.keyState = "in-value";
        this.valueIsPrimitive = code !== OPEN_OBJECT && code !== OPEN_ARRAY;
        return this.stepValue(code, i);
      case "in-value":
        return this.stepValue(code, i);
      case "after-value":
        if (code === COMMA) this.keyState = "expect-key";
        else if (code === CLOSE_OBJECT) this.endTopValue(i);
        return;
    }
  }

  private stepValue(code: number, i: number): void {
    if (code === QUOTE || code === APOSTROPHE) {
      this.quote = code;
      return;
    }
    if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      this.depth += 1;
      return;
    }
    if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (this.depth === 1) {
        this.keyState = "after-value";
        return this.stepTopObject(code, i);
      }
      this.depth -= 1;
      if (this.depth === 1) this.keyState = "after-value";
      return;
    }
    if (code === COMMA && this.depth === 1) {
      this.keyState = "expect-key";
      return;
    }
    if (this.valueIsPrimitive && this.depth === 1 && isSpace(code)) this.keyState = "after-value";
  }

  private stepString(code: number): void {
    if (this.escaped) this.escaped = false;
    else if (code === BACKSLASH) this.escaped = true;
    else if (code === this.quote) this.quote = 0;
  }

  private finishKey(i: number): void {
    this.keyPieces.push(this.chunk.slice(this.keyFrom, i));
    this.key = this.keyPieces.join("");
    this.keyState = "after-key";
  }

  private endTopValue(i: number): void {
    if (this.buffer) {
      const piece = this.chunk.slice(this.bufferFrom, i + 1);
      this.buffer.push(piece);
      if (this.bufferChars + piece.length > this.limits.maxValueChars) this.valueTooLarge();
      else this.events.push({ kind: "value", text: this.buffer.join(""), at: this.valueAt });
      this.buffer = null;
    }
    this.depth = 0;
    this.valuesSeen += 1;
    this.mode = "between";
  }

  private valueTooLarge(): void {
    const limit = mb(this.limits.maxValueChars);
    this.problem("error", `the JSON object at ${where(this.valueAt)} has no Records or Events array in its first ${limit}, and a single event is never that large; not read`, this.valueAt);
  }

  private startStream(name: string): void {
    this.mode = "stream";
    this.streamDepth = this.depth;
    this.elementState = "expect-element";
    this.elementCount = 0;
    this.events.push({ kind: "container", name, at: this.valueAt });
  }

  private stepStream(code: number, i: number): void {
    switch (this.elementState) {
      case "in-element":
        return this.stepElement(code, i);
      case "placeholder":
        if (code === COMMA || code === CLOSE_ARRAY || code === OPEN_OBJECT || code === NEWLINE) {
          this.endPlaceholder(i);
          return this.stepStream(code, i);
        }
        return;
      case "junk":
        if (code === COMMA) this.elementState = "expect-element";
        else if (code === CLOSE_ARRAY) this.closeStream();
        else if (code === OPEN_OBJECT) this.startElement(code, i);
        return;
      case "expect-element":
      case "expect-separator":
        if (isSpace(code)) return;
        if (code === CLOSE_ARRAY) return this.closeStream();
        if (code === DOT) {
          this.elementState = "placeholder";
          this.placeholderAt = this.position(i);
          this.placeholderText = [];
          this.placeholderFrom = i;
          return;
        }
        if (this.elementState === "expect-separator") {
          if (code === COMMA) {
            this.elementState = "expect-element";
            return;
          }
          if (code === OPEN_OBJECT) {
            this.problem("error", `a comma is missing before the record at ${where(this.position(i))}; read it anyway`, this.position(i));
            return this.startElement(code, i);
          }
          this.problem("error", `unexpected ${JSON.stringify(this.chunk.slice(i, i + 20))} at ${where(this.position(i))} between records; skipped to the next record`, this.position(i));
          this.elementState = "junk";
          return;
        }
        if (code === COMMA) {
          this.problem("error", `an empty record (two commas) at ${where(this.position(i))}`, this.position(i));
          return;
        }
        return this.startElement(code, i);
    }
  }

  private startElement(code: number, i: number): void {
    this.elementState = "in-element";
    this.elementAt = this.position(i);
    this.elementPieces = [];
    this.elementFrom = i;
    this.elementChars = 0;
    this.elementIsPrimitive = code !== OPEN_OBJECT && code !== OPEN_ARRAY;
    if (this.elementIsPrimitive) {
      if (code === QUOTE || code === APOSTROPHE) this.quote = code;
      return;
    }
    this.depth += 1;
  }

  private stepElement(code: number, i: number): void {
    if (this.quote !== 0) return this.stepString(code);
    if (code === QUOTE || code === APOSTROPHE) {
      this.quote = code;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      this.depth += 1;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (this.depth === this.streamDepth) {
        this.finishElement(i);
        return this.stepStream(code, i);
      }
      this.depth -= 1;
      if (this.depth === this.streamDepth) this.finishElement(i + 1);
    } else if (this.elementIsPrimitive && this.depth === this.streamDepth && (code === COMMA || isSpace(code))) {
      this.finishElement(i);
      return this.stepStream(code, i);
    }
  }

  /** `end` is exclusive: the record's text is everything from its first character up to `end`. */
  private finishElement(end: number): void {
    this.elementState = "expect-separator";
    this.elementCount += 1;
    const piece = this.chunk.slice(this.elementFrom, end);
    this.elementChars += piece.length;
    if (this.elementChars > this.limits.maxRecordChars) {
      this.problem("error", `record #${this.elementCount} at ${where(this.elementAt)} is larger than ${mb(this.limits.maxRecordChars)}; skipped`, this.elementAt);
    } else {
      this.elementPieces.push(piece);
      this.events.push({ kind: "element", text: this.elementPieces.join(""), at: this.elementAt });
    }
    this.elementPieces = [];
  }

  private endPlaceholder(i = this.chunk.length): void {
    this.placeholderText.push(this.chunk.slice(this.placeholderFrom, i));
    const text = this.placeholderText.join("").trim();
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    this.problem("note", `${JSON.stringify(shown)} at ${where(this.placeholderAt)} is not JSON (AWS's documentation writes it for "more records here"); skipped`, this.placeholderAt);
    this.elementState = "expect-separator";
  }

  private closeStream(): void {
    this.depth = this.streamDepth - 1;
    if (this.topIsArray) {
      this.valuesSeen += 1;
      this.mode = "between";
      return;
    }
    // Back in the top-level object, after its records array: skip to its end.
    this.mode = "top-object";
    this.keyState = "after-value";
  }

  /** Text of a record, key or buffered value that continues into the next chunk. */
  private carryOver(): void {
    const rest = (from: number) => this.chunk.slice(from);
    if (this.mode === "top-object") {
      if (this.keyState === "in-key" || this.keyState === "in-ident") this.keyPieces.push(rest(this.keyFrom));
      if (this.buffer) {
        const piece = rest(this.bufferFrom);
        this.bufferChars += piece.length;
        this.buffer.push(piece);
        if (this.bufferChars > this.limits.maxValueChars) {
          this.valueTooLarge();
          this.buffer = null;
          this.mode = "dead";
        }
      }
    } else if (this.mode === "stream") {
      if (this.elementState === "in-element") {
        const piece = rest(this.elementFrom);
        this.elementChars += piece.length;
        // Past the limit the text is dropped but the depth still tracked, so the next record is found.
        if (this.elementChars <= this.limits.maxRecordChars) this.elementPieces.push(piece);
        else this.elementPieces = [];
      } else if (this.elementState === "placeholder") {
        this.placeholderText.push(rest(this.placeholderFrom));
      }
    }
  }

  private position(i: number): TextPosition {
    const offset = this.base + i;
    return { line: this.line, column: offset - this.lineStart + 1, offset };
  }

  private problem(severity: "error" | "note", message: string, at: TextPosition | null): void {
    this.events.push({ kind: "problem", severity, message, at });
  }

  private drain(): ScanEvent[] {
    const events = this.events;
    this.events = [];
    return events;
  }
}

export function where(at: TextPosition): string {
  return `line ${at.line}, column ${at.column}`;
}

function mb(chars: number): string {
  return `${Math.round(chars / 1024 / 1024)} MB`;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

function isIdentifier(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 95 || code === 36;
}
