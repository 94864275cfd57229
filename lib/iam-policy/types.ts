/** One statement, normalized: every list-valued element is an array, whatever the source document wrote. */
export interface PolicyStatement {
  Sid?: string;
  Effect: "Allow" | "Deny";
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Principal?: PrincipalBlock;
  NotPrincipal?: PrincipalBlock;
  Condition?: ConditionBlock;
}

/** `"*"` or principal type (`Service`, `AWS`, `Federated`, `CanonicalUser`) → identifiers. */
export type PrincipalBlock = "*" | Record<string, string[]>;

/** Operator (`StringEquals`, `ArnLike`, …) → condition key → values (numbers and booleans read as strings). */
export type ConditionBlock = Record<string, Record<string, string[]>>;

/** A normalized policy document: `Statement` is always an array. */
export interface PolicyDocument {
  Version?: string;
  Statement: PolicyStatement[];
}

export type ParseResult = { ok: true; document: PolicyDocument } | { ok: false; error: string };

export type PrincipalType = "Service" | "AWS" | "Federated" | "CanonicalUser";

export interface RequestPrincipal {
  type: PrincipalType;
  id: string;
}

export interface PolicyRequest {
  /** e.g. "logs:PutLogEvents", "sts:AssumeRole" */
  action: string;
  /** e.g. "arn:aws:logs:us-east-1:123456789012:log-group:API-Gateway-Execution-Logs_abc/prod"; absent = not checked */
  resource?: string;
  /** Set for trust (resource-based) policies; absent for identity policies, whose principal is implicit. */
  principal?: RequestPrincipal;
}

export type ConditionVerdict = "true" | "false" | "unknown";

export type ConditionEvaluator = (block: ConditionBlock, statement: PolicyStatement) => ConditionVerdict;

export interface EvaluateOptions {
  /** Decides Condition blocks; without it every statement with a Condition applies only conditionally. */
  condition?: ConditionEvaluator;
}

export interface StatementRef {
  documentIndex: number;
  statementIndex: number;
  sid?: string;
  effect: "Allow" | "Deny";
}

export type DecisionKind = "allow" | "explicit-deny" | "implicit-deny";

export interface Decision {
  /** The most permissive outcome AWS could reach: unproven Allows taken as applying, unproven Denies as not. */
  decision: DecisionKind;
  /** true when the decision rests on a statement whose conditions could not be proven */
  conditional: boolean;
  /** the statements that decided it, with their index in their document (for evidence, e.g. "Statement[2]") */
  matchedBy: StatementRef[];
  /** Every matching statement whose Condition (or policy variable) could not be proven, whatever the outcome. */
  unproven: StatementRef[];
}
