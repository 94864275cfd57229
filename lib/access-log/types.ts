export type ApiType = "REST" | "HTTP" | "WEBSOCKET";

/** `offset` is a 0-based UTF-16 index into the format; `line` and `column` are 1-based, columns in UTF-16 units. */
export interface Position {
  offset: number;
  line: number;
  column: number;
}

export type ProblemCode =
  "empty" | "multi-line" | "no-request-id" | "not-context-variable" | "unknown-variable" | "too-long" | "invalid-json";

export interface FormatProblem {
  code: ProblemCode;
  severity: "error" | "warning";
  /** One plain-text sentence; offending text is quoted, escaped and cut to about 80 characters. */
  message: string;
  position: Position;
  variable?: string;
  suggestion?: string;
}

export interface VariableReference {
  /** `$context.requestId`, `$input.body`, or a braced reference as written, e.g. `${context.requestId}`. */
  name: string;
  position: Position;
  known: boolean;
}
