/** Files people upload by mistake, recognised so the error says what the file is and where it belongs instead. */

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isTrailRecord = (value: unknown) =>
  isObject(value) && typeof value.eventSource === "string" && typeof value.eventName === "string";
// LookupEvents answers (`aws cloudtrail lookup-events`) name their events in PascalCase, with the record as a string.
const isLookedUpEvent = (value: unknown) =>
  isObject(value) && typeof value.EventName === "string" && ("CloudTrailEvent" in value || "EventId" in value);

/** An S3 CloudTrail log file ({Records: [...]}), a LookupEvents answer ({Events: [...]}), a bare list or one record. */
export function isCloudTrailFile(json: unknown): boolean {
  if (Array.isArray(json)) return json.length > 0 && isTrailRecord(json[0]);
  if (!isObject(json)) return false;
  if (Array.isArray(json.Records)) return json.Records.length > 0 && isTrailRecord(json.Records[0]);
  if (Array.isArray(json.Events)) return json.Events.length > 0 && isLookedUpEvent(json.Events[0]);
  return isTrailRecord(json);
}

/**
 * Whether JSON that failed to parse stops inside an open string, object or array: the mark of a file cut short by an
 * interrupted download or a copy that hit a size limit. One pass, no allocation, whatever the size.
 */
export function endsEarly(text: string): boolean {
  // Only what starts as JSON can have been cut short; anything else is simply not JSON.
  if (!/^\s*[{[]/.test(text.slice(0, 1024))) return false;
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) depth++;
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return inString || depth > 0;
}

/** Bytes the text takes as UTF-8 (what the user's file manager shows), counted without encoding a copy. */
export function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}
