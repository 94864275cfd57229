import { asObject, member, text } from "./fields";
import { looksLikeRecord, normalizeRecord } from "./record";
import { parseRecordText } from "./scan/parse-record-text";
import { defaultLimits, RecordScanner, where, type ScanEvent, type ScannerLimits } from "./scan/record-scanner";
import type { ReadProblem, TextPosition, TrailFormat, TrailRecord } from "./types";

export interface ReadRecord {
  record: TrailRecord;
  raw: Record<string, unknown>;
  /** 0-based, in input order. */
  index: number;
  at: TextPosition | null;
}

export type TrailItem = { kind: "record"; value: ReadRecord } | { kind: "problem"; problem: ReadProblem };

/**
 * Turns text, chunk by chunk, into CloudTrail records in any layout users have them: S3 log files, LookupEvents
 * output (the record is a JSON string in `CloudTrailEvent`), arrays, single events, or the documentation's relaxed
 * form. Runs in Node and the browser; only the file and gzip handling is Node-specific (node/read-trail-file.ts).
 */
export class TrailReader {
  private readonly scanner: RecordScanner;
  private count = 0;
  private values = 0;
  private container: string | null = null;
  private relaxedNoted = false;
  private items: TrailItem[] = [];

  constructor(limits: ScannerLimits = defaultLimits) {
    this.scanner = new RecordScanner(limits);
  }

  push(chunk: string): TrailItem[] {
    return this.handle(this.scanner.push(chunk));
  }

  end(): TrailItem[] {
    return this.handle(this.scanner.end());
  }

  get recordCount(): number {
    return this.count;
  }

  /** How the input was laid out, as far as it has been read. */
  get format(): TrailFormat {
    if (this.container !== null) {
      const name = this.container.toLowerCase();
      return name === "records" ? "records" : name === "events" ? "lookup-events" : "array";
    }
    return this.values === 0 ? "empty" : this.values === 1 ? "single" : "concatenated";
  }

  private handle(events: ScanEvent[]): TrailItem[] {
    for (const event of events) {
      if (event.kind === "problem") this.problem(event.severity, event.message, event.at);
      else if (event.kind === "container") this.container ??= event.name;
      else {
        if (event.kind === "value") this.values += 1;
        this.parsed(event.text, event.at);
      }
    }
    const items = this.items;
    this.items = [];
    return items;
  }

  private parsed(source: string, at: TextPosition): void {
    const parsed = parseRecordText(source, at);
    if (!parsed.ok) {
      this.problem(
        "error",
        `the record at ${where(at)} is not valid JSON: ${parsed.reason} at ${where(parsed.at)}; skipped`,
        parsed.at,
      );
      return;
    }
    if (parsed.relaxed && !this.relaxedNoted) {
      this.relaxedNoted = true;
      this.problem(
        "note",
        `the input is not strict JSON (unquoted keys or trailing commas, as AWS's guides print records); read leniently from ${where(at)} on`,
        at,
      );
    }
    this.classify(parsed.value, at);
  }

  private classify(value: unknown, at: TextPosition): void {
    if (Array.isArray(value)) {
      for (const item of value) this.classify(item, at);
      return;
    }
    const object = asObject(value);
    const nested = member(object, "Records") ?? member(object, "Events");
    if (object && member(object, "CloudTrailEvent") !== undefined) return this.lookupEntry(object, at);
    if (object && Array.isArray(nested) && !looksLikeRecord(object)) {
      for (const item of nested) this.classify(item, at);
      return;
    }
    if (!object || !looksLikeRecord(object)) {
      this.problem(
        "error",
        `the value at ${where(at)} is not a CloudTrail event (it has no eventName, eventSource or eventTime); skipped`,
        at,
      );
      return;
    }
    this.record(object, at);
  }

  /** LookupEvents wraps the record as a JSON string; its summary fields stand in when that string cannot be read. */
  private lookupEntry(entry: Record<string, unknown>, at: TextPosition): void {
    const inner = member(entry, "CloudTrailEvent");
    if (asObject(inner)) return this.record(asObject(inner)!, at);
    if (typeof inner === "string") {
      try {
        const parsed = asObject(JSON.parse(inner));
        if (parsed) return this.record(parsed, at);
      } catch {
        // Fall through to the summary fields.
      }
    }
    this.problem(
      "error",
      `the CloudTrailEvent of event ${text(entry, "EventId") ?? "(no id)"} at ${where(at)} is not a JSON record; showing LookupEvents' summary fields only`,
      at,
    );
    this.record(
      {
        eventName: member(entry, "EventName"),
        eventTime: member(entry, "EventTime"),
        eventSource: member(entry, "EventSource"),
        eventID: member(entry, "EventId"),
        readOnly: member(entry, "ReadOnly"),
        userIdentity: { userName: member(entry, "Username"), accessKeyId: member(entry, "AccessKeyId") },
      },
      at,
    );
  }

  private record(raw: Record<string, unknown>, at: TextPosition): void {
    this.items.push({ kind: "record", value: { record: normalizeRecord(raw), raw, index: this.count, at } });
    this.count += 1;
  }

  private problem(severity: ReadProblem["severity"], message: string, at: TextPosition | null): void {
    this.items.push({ kind: "problem", problem: { severity, message, at } });
  }
}

/** Reads chunks as they arrive (a browser File stream, a Node read stream after decoding), one item at a time. */
export async function* readTrail(
  chunks: AsyncIterable<string>,
  limits?: ScannerLimits,
): AsyncGenerator<TrailItem, TrailFormat> {
  const reader = new TrailReader(limits);
  for await (const chunk of chunks) yield* reader.push(chunk);
  yield* reader.end();
  return reader.format;
}

export interface TrailText {
  format: TrailFormat;
  records: ReadRecord[];
  problems: ReadProblem[];
}

/** Reads a whole text at once (pasted input, small uploads, tests). */
export function readTrailText(input: string, limits?: ScannerLimits): TrailText {
  const reader = new TrailReader(limits);
  const items = [...reader.push(input), ...reader.end()];
  return {
    format: reader.format,
    records: items.flatMap((item) => (item.kind === "record" ? [item.value] : [])),
    problems: items.flatMap((item) => (item.kind === "problem" ? [item.problem] : [])),
  };
}
