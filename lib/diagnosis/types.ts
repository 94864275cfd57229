/** The Diagnosis contract (`docs/spec/checks.md`): what the wizard, reports and the CLI render. */

export type Status = "fail" | "warn" | "pass" | "unknown" | "info";
export type Severity = "critical" | "high" | "medium" | "low" | "info";
export type ApiType = "REST" | "HTTP" | "WEBSOCKET";
export type Verdict = "delivered" | "missing" | "partial" | "unknown" | "not-supported" | "expected";
export type LogKind = "execution" | "access";

export interface ApiRef {
  id: string;
  type: ApiType;
  name: string;
}

export interface Evidence {
  /** `service:Operation` of the AWS call the value came from, e.g. `apigateway:GetStages`. */
  call: string;
  /** Path of the field inside that call's output (or `error` for a failed call). */
  field: string;
  value: unknown;
}

export interface Fix {
  summary: string;
  cli?: string;
  console?: string[];
  cloudformation?: string;
  terraform?: string;
}

export interface Finding {
  check: string;
  status: Status;
  severity: Severity;
  region: string | null;
  api: ApiRef | null;
  stage: string | null;
  target: string | null;
  message: string;
  evidence: Evidence[];
  fix?: Fix;
  /**
   * A `fail` in a chain whose stage destination still received events in the 24 hours before the capture (checks.md
   * **Fresh events**): true, with the newest such event; absent otherwise.
   */
  contradicted?: boolean;
  newestEvent?: { logGroup: string; at: string };
}

export interface LogVerdict {
  verdict: Verdict;
  causes: string[];
}

export interface StageVerdicts {
  name: string;
  execution: LogVerdict;
  access: LogVerdict;
}

export interface ApiVerdicts extends ApiRef {
  region: string;
  /** null when the API's stages could not be read. */
  stages: StageVerdicts[] | null;
}

export interface Diagnosis {
  kind: "log-doctor/diagnosis";
  version: 1;
  capturedAt: string;
  account: string | null;
  regions: string[];
  findings: Finding[];
  apis: ApiVerdicts[];
}
