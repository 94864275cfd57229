import type { TextPosition } from "../types";
import {
  APOSTROPHE,
  BACKSLASH,
  CLOSE_ARRAY,
  CLOSE_OBJECT,
  COMMA,
  DOT,
  isSpace,
  megabytes,
  NEWLINE,
  OPEN_ARRAY,
  OPEN_OBJECT,
  QUOTE,
  where,
} from "./chars";
import { TopLevelObject } from "./top-level-object";

export { where } from "./chars";

/**
 * Splits CloudTrail input into records as text arrives, without holding more than one record:
 * `{"Records": [...]}` (S3 log files), `{"Events": [...]}` (LookupEvents output), a top-level array, or whole
 * values one after another (a single event, or one event per line). Each record's text goes to a JSON parser.
 *
 * Why not stream-json: its parser reports neither where input went wrong nor can it go on after a bad record. This
 * scanner only tracks strings and bracket depth, so it knows the line and column of every record and problem, skips
 * what it cannot read (the documentation's `... additional entries ...`) and keeps the records around it.
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

type Mode = "between" | "object" | "records" | "dead";
type RecordState = "expect-record" | "in-record" | "expect-separator" | "junk" | "placeholder";

/** Text that spans chunks: the pieces so far, where the current chunk's part starts, and the length. */
class Pieces {
  parts: string[] = [];
  from = 0;
  chars = 0;
  start(from: number): void {
    this.parts = [];
    this.from = from;
    this.chars = 0;
  }
}

export class RecordScanner {
  private events: ScanEvent[] = [];
  private chunk = "";
  private base = 0;
  private line = 1;
  private lineStart = 0;
  private mode: Mode = "between";
  private valuesSeen = 0;
  private valueAt: TextPosition = { line: 1, column: 1, offset: 0 };
  private object: TopLevelObject | null = null;
  /** The top-level object's text, until a records array shows it is a container rather than an event. */
  private buffer: Pieces | null = null;
  private topIsArray = false;
  private depth = 0;
  private quote = 0;
  private escaped = false;
  private recordsDepth = 0;
  private state: RecordState = "expect-record";
  private record = new Pieces();
  private recordAt: TextPosition = { line: 1, column: 1, offset: 0 };
  private recordIsPrimitive = false;
  private recordCount = 0;
  private placeholder = new Pieces();
  private placeholderAt: TextPosition = { line: 1, column: 1, offset: 0 };

  constructor(private readonly limits: ScannerLimits = defaultLimits) {}

  push(chunk: string): ScanEvent[] {
    this.chunk = chunk;
    for (const pieces of [this.buffer, this.record, this.placeholder]) if (pieces) pieces.from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const code = chunk.charCodeAt(i);
      if (this.mode === "records") this.stepRecords(code, i);
      else if (this.mode === "object") this.stepObject(code, i);
      else if (this.mode === "between") this.stepBetween(code, i);
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
    if (this.mode === "records") {
      if (this.state === "in-record") {
        this.problem(
          "error",
          `the input ends inside record #${this.recordCount + 1}, which starts at ${where(this.recordAt)}: the file is truncated or cut off`,
          this.recordAt,
        );
      } else if (this.state === "placeholder") {
        this.endPlaceholder(this.chunk.length);
      } else {
        this.problem(
          "error",
          `the input ends before the records array is closed (truncated?); the ${this.recordCount} records before ${where(at)} were read`,
          at,
        );
      }
    } else if (this.mode === "object") {
      const what = this.buffer
        ? `the JSON object that starts at ${where(this.valueAt)} is complete`
        : "the closing } of the top-level object";
      this.problem(this.buffer ? "error" : "note", `the input ends before ${what} (truncated?)`, at);
    } else if (this.mode === "between" && this.valuesSeen === 0) {
      this.problem("error", "the input is empty", null);
    }
    this.mode = "dead";
    return this.drain();
  }

  private stepBetween(code: number, i: number): void {
    if (isSpace(code) || code === 0xfeff) return;
    this.valueAt = this.position(i);
    if (code === OPEN_OBJECT) {
      this.mode = "object";
      this.object = new TopLevelObject();
      this.buffer = new Pieces();
      this.buffer.start(i);
      this.topIsArray = false;
      return;
    }
    if (code === OPEN_ARRAY) {
      this.topIsArray = true;
      this.startRecords("array", 1);
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

  private stepObject(code: number, i: number): void {
    const step = this.object!.step(code);
    if (step === "records") {
      this.buffer = null;
      this.startRecords(this.object!.key, 2);
    } else if (step === "end") {
      if (this.buffer) this.emitValue(i + 1);
      this.valuesSeen += 1;
      this.mode = "between";
    }
  }

  private emitValue(end: number): void {
    const buffer = this.buffer!;
    const piece = this.chunk.slice(buffer.from, end);
    buffer.parts.push(piece);
    if (buffer.chars + piece.length > this.limits.maxValueChars) this.valueTooLarge();
    else this.events.push({ kind: "value", text: buffer.parts.join(""), at: this.valueAt });
    this.buffer = null;
  }

  private valueTooLarge(): void {
    const limit = megabytes(this.limits.maxValueChars);
    this.problem(
      "error",
      `the JSON object at ${where(this.valueAt)} has no Records or Events array in its first ${limit}, and a single event is never that large; not read`,
      this.valueAt,
    );
  }

  private startRecords(name: string, depth: number): void {
    this.mode = "records";
    this.depth = this.recordsDepth = depth;
    this.state = "expect-record";
    this.recordCount = 0;
    this.events.push({ kind: "container", name, at: this.valueAt });
  }

  private stepRecords(code: number, i: number): void {
    switch (this.state) {
      case "in-record":
        return this.stepRecord(code, i);
      case "placeholder":
        if (code === COMMA || code === CLOSE_ARRAY || code === OPEN_OBJECT || code === NEWLINE) {
          this.endPlaceholder(i);
          return this.stepRecords(code, i);
        }
        return;
      case "junk":
        if (code === COMMA) this.state = "expect-record";
        else if (code === CLOSE_ARRAY) this.closeRecords();
        else if (code === OPEN_OBJECT) this.startRecord(code, i);
        return;
      default:
        return this.stepBetweenRecords(code, i);
    }
  }

  private stepBetweenRecords(code: number, i: number): void {
    if (isSpace(code)) return;
    if (code === CLOSE_ARRAY) return this.closeRecords();
    if (code === DOT) {
      this.state = "placeholder";
      this.placeholderAt = this.position(i);
      this.placeholder.start(i);
      return;
    }
    if (this.state === "expect-record") {
      if (code === COMMA)
        return this.problem("error", `an empty record (two commas) at ${where(this.position(i))}`, this.position(i));
      return this.startRecord(code, i);
    }
    if (code === COMMA) {
      this.state = "expect-record";
    } else if (code === OPEN_OBJECT) {
      this.problem(
        "error",
        `a comma is missing before the record at ${where(this.position(i))}; read it anyway`,
        this.position(i),
      );
      this.startRecord(code, i);
    } else {
      this.problem(
        "error",
        `unexpected ${JSON.stringify(this.chunk.slice(i, i + 20))} at ${where(this.position(i))} between records; skipped to the next record`,
        this.position(i),
      );
      this.state = "junk";
    }
  }

  private startRecord(code: number, i: number): void {
    this.state = "in-record";
    this.recordAt = this.position(i);
    this.record.start(i);
    this.recordIsPrimitive = code !== OPEN_OBJECT && code !== OPEN_ARRAY;
    if (!this.recordIsPrimitive) this.depth += 1;
    else if (code === QUOTE || code === APOSTROPHE) this.quote = code;
  }

  private stepRecord(code: number, i: number): void {
    if (this.quote !== 0) {
      if (this.escaped) this.escaped = false;
      else if (code === BACKSLASH) this.escaped = true;
      else if (code === this.quote) this.quote = 0;
    } else if (code === QUOTE || code === APOSTROPHE) {
      this.quote = code;
    } else if (code === OPEN_OBJECT || code === OPEN_ARRAY) {
      this.depth += 1;
    } else if (code === CLOSE_OBJECT || code === CLOSE_ARRAY) {
      if (this.depth === this.recordsDepth) {
        this.finishRecord(i);
        return this.stepRecords(code, i);
      }
      this.depth -= 1;
      if (this.depth === this.recordsDepth) this.finishRecord(i + 1);
    } else if (this.recordIsPrimitive && (code === COMMA || isSpace(code))) {
      this.finishRecord(i);
      return this.stepRecords(code, i);
    }
  }

  /** `end` is exclusive: the record is everything from its first character up to `end`. */
  private finishRecord(end: number): void {
    this.state = "expect-separator";
    this.recordCount += 1;
    const piece = this.chunk.slice(this.record.from, end);
    this.record.chars += piece.length;
    if (this.record.chars > this.limits.maxRecordChars) {
      this.problem(
        "error",
        `record #${this.recordCount} at ${where(this.recordAt)} is larger than ${megabytes(this.limits.maxRecordChars)}; skipped`,
        this.recordAt,
      );
    } else {
      this.record.parts.push(piece);
      this.events.push({ kind: "element", text: this.record.parts.join(""), at: this.recordAt });
    }
    this.record.parts = [];
  }

  private endPlaceholder(end: number): void {
    this.placeholder.parts.push(this.chunk.slice(this.placeholder.from, end));
    const text = this.placeholder.parts.join("").trim();
    const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
    this.problem(
      "note",
      `${JSON.stringify(shown)} at ${where(this.placeholderAt)} is not JSON (AWS's documentation writes it for "more records here"); skipped`,
      this.placeholderAt,
    );
    this.state = "expect-separator";
  }

  private closeRecords(): void {
    if (this.topIsArray) {
      this.valuesSeen += 1;
      this.mode = "between";
      return;
    }
    // Back in the top-level object after its records array: skip to its end.
    this.mode = "object";
    this.object!.resumeAfterValue();
  }

  /** Text of a record or buffered value that continues into the next chunk. */
  private carryOver(): void {
    if (this.mode === "object" && this.buffer) {
      const piece = this.chunk.slice(this.buffer.from);
      this.buffer.chars += piece.length;
      this.buffer.parts.push(piece);
      if (this.buffer.chars > this.limits.maxValueChars) {
        this.valueTooLarge();
        this.buffer = null;
        this.mode = "dead";
      }
    } else if (this.mode === "records" && this.state === "in-record") {
      const piece = this.chunk.slice(this.record.from);
      this.record.chars += piece.length;
      // Past the limit the text is dropped but the depth still tracked, so the next record is found.
      if (this.record.chars <= this.limits.maxRecordChars) this.record.parts.push(piece);
      else this.record.parts = [];
    } else if (this.mode === "records" && this.state === "placeholder") {
      this.placeholder.parts.push(this.chunk.slice(this.placeholder.from));
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
