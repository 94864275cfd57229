import { formatLabel } from "../cloudtrail/render-text";
import { plural } from "../text/format";
import type { TrailFileView } from "./trail-session";

const utcSeconds = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** CloudTrail times to the second (who changed what first matters), in UTC as recorded. */
export function formatEventTime(time: string): string {
  const date = new Date(time);
  return Number.isNaN(date.getTime()) ? time : `${utcSeconds.format(date)} UTC`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return plural(bytes, "byte");
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** The file's summary line, as the CLI prints it under a file: layout, events, changes, problems. */
export function fileSummary(file: TrailFileView): string {
  const parts = [formatLabel(file.format, file.compressed), plural(file.records, "event")];
  if (file.changes > 0) parts.push(plural(file.changes, "change to logging", "changes to logging"));
  if (file.errorCount > 0) parts.push(plural(file.errorCount, "part skipped", "parts skipped"));
  const notes = file.problemCount - file.errorCount;
  if (notes > 0) parts.push(plural(notes, "note"));
  return parts.join(" · ");
}

/** A setting's value in a change: strings as they are, absent as a dash, anything else as JSON. */
export function changeValue(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === "string" ? value : JSON.stringify(value);
}

const guides: Record<string, string> = {
  "apigateway/developerguide": "API Gateway guide",
  "awscloudtrail/userguide": "CloudTrail guide",
  "awscloudtrail/APIReference": "CloudTrail API reference",
  "iot/developerguide": "AWS IoT guide",
};

/** A docs link named by its guide and page, so several links read differently and wrap between words. */
export function docLabel(url: string): string {
  const match = /^https:\/\/docs\.aws\.amazon\.com\/([^/]+)\/latest\/([^/]+)\/([^#?]+?)(?:\.html)?(?:[#?].*)?$/.exec(
    url,
  );
  const guide = match && guides[`${match[1]}/${match[2]}`];
  return guide ? `${guide}: ${match[3].replace(/^API_/, "").replace(/[-_]/g, " ")}` : url.replace(/^https?:\/\//, "");
}
