import { documentSchema } from "./policy-schema";
import type { ParseResult } from "./types";

/**
 * Reads a policy as IAM hands it out: URL-encoded JSON (GetRole, GetPolicyVersion, GetRolePolicy), plain JSON
 * text, or an object already parsed. Never throws: a bad document is data the checks report, not a crash.
 */
export function parsePolicyDocument(input: unknown): ParseResult {
  let json: unknown = input;
  if (typeof input === "string") {
    const decoded = decodePolicyText(input);
    if (!decoded.ok) return decoded;
    json = decoded.json;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { ok: false, error: "policy document must be a JSON object with a Statement" };
  }
  const result = documentSchema.safeParse(wrapSingleStatement(json as Record<string, unknown>));
  if (!result.success) return { ok: false, error: `policy document ${describeIssue(result.error.issues[0])}` };
  return { ok: true, document: result.data };
}

/** Policy text (plain or URL-encoded JSON, as IAM returns it) → its JSON, or why it is neither. */
export function decodePolicyText(text: string): { ok: true; json: unknown } | { ok: false; error: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, error: "policy document is empty" };
  // Plain JSON first: a JSON policy may legitimately contain '%' (in a Sid, say), while URL-encoded JSON never
  // starts with '{', so trying JSON first cannot misread an encoded document.
  const plain = tryJson(trimmed);
  if (plain.ok) return plain;
  let decoded: string;
  try {
    // decodeURIComponent, not form decoding: IAM encodes spaces as %20, so a literal '+' must stay a '+'.
    decoded = decodeURIComponent(trimmed);
  } catch {
    return { ok: false, error: `policy document is neither JSON nor URL-encoded JSON (${plain.error})` };
  }
  if (decoded === trimmed) return { ok: false, error: `policy document is not valid JSON (${plain.error})` };
  const fromUrl = tryJson(decoded.trim());
  if (fromUrl.ok) return fromUrl;
  return { ok: false, error: `policy document is URL-encoded but not valid JSON once decoded (${fromUrl.error})` };
}

function tryJson(text: string): { ok: true; json: unknown } | { ok: false; error: string } {
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message.split("\n")[0] };
  }
}

// Wrapping before validation makes error paths and evidence indexes read "Statement[0]" in both spellings.
function wrapSingleStatement(json: Record<string, unknown>): Record<string, unknown> {
  const statement = json.Statement;
  if (typeof statement === "object" && statement !== null && !Array.isArray(statement)) {
    return { ...json, Statement: [statement] };
  }
  return json;
}

interface Issue {
  path: PropertyKey[];
  message: string;
}

function describeIssue(issue: Issue | undefined): string {
  if (!issue) return "is invalid";
  const path = issue.path.slice(0, 2).reduce<string>((text, part) => {
    if (typeof part === "number") return `${text}[${part}]`;
    return text === "" ? String(part) : `${text}.${String(part)}`;
  }, "");
  // The message already names the element (Effect, Action, …); the path only needs to say which statement.
  const where = path.startsWith("Statement[") ? path : "";
  return where === "" ? issue.message : `${where} ${issue.message}`;
}
