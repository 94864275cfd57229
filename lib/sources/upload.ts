import { MAX_CAPTURE_BYTES, parseCapture } from "../capture/parse-capture";
import { readCappedBody } from "../http/capped-body";
import { isSameOrigin } from "./same-origin";
import { storeCapture } from "./sources";

export type UploadResult =
  | { status: 201; body: { id: string; href: string } }
  | { status: 400 | 403 | 413 | 422; body: { error: string; cloudTrail?: true } };

const megabytes = `${MAX_CAPTURE_BYTES / 1024 / 1024} MB`;

/** POST /api/sources: a capture file as the request body → stored and diagnosed, or one clear error. */
export async function acceptUpload(request: Request): Promise<UploadResult> {
  if (!isSameOrigin(request))
    return { status: 403, body: { error: "Uploads are accepted from Log Doctor's own page only." } };
  const body = await readCappedBody(request, MAX_CAPTURE_BYTES);
  if (!body.ok) return tooLarge(body.declared);
  const text = new TextDecoder("utf-8").decode(body.bytes).replace(/^\uFEFF/, "");
  const parsed = parseCapture(text);
  if (!parsed.ok)
    return {
      status: 422,
      body: { error: sentence(parsed.error), ...(parsed.cloudTrail && { cloudTrail: true as const }) },
    };
  let info;
  try {
    info = await storeCapture(parsed.capture, {
      kind: "upload",
      label: uploadLabel(request.headers.get("x-capture-name")),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) throw error; // the disk, not the capture
    // Validation bounds what a capture can cost; anything it misses still answers with a reason, not an empty 500.
    return { status: 422, body: { error: `The capture could not be diagnosed (${oneLineMessage(error)}).` } };
  }
  return { status: 201, body: { id: info.id, href: `/diagnose/${info.id}` } };
}

function tooLarge(bytes: number | null): UploadResult {
  const size = bytes === null ? "" : ` (${(bytes / 1024 / 1024).toFixed(1)} MB)`;
  return { status: 413, body: { error: `The file is too large${size}: captures can be at most ${megabytes}.` } };
}

/** The file name the browser sent, as a label only: decoded, single-line, short. */
function uploadLabel(header: string | null): string {
  let name = "";
  try {
    name = decodeURIComponent(header ?? "");
  } catch {
    name = header ?? "";
  }
  name = name
    .replace(/[\u0000-\u001F\u007F]/g, " ")
    .trim()
    .slice(0, 120);
  return name || "Uploaded capture";
}

function oneLineMessage(error: unknown): string {
  return String((error as Error)?.message ?? error)
    .replace(/[\u0000-\u001F\u007F-\u009F]+/g, " ")
    .trim()
    .slice(0, 200);
}

function sentence(error: string): string {
  return `${error[0].toUpperCase()}${error.slice(1)}${/[.)]$/.test(error) ? "" : "."}`;
}
