import { statementScope } from "./match-statement";
import type {
  ConditionVerdict,
  Decision,
  EvaluateOptions,
  PolicyDocument,
  PolicyRequest,
  PolicyStatement,
  StatementRef,
} from "./types";

/**
 * AWS's decision for one request over policies of one kind (all identity policies of a role, or its trust policy):
 * any applicable Deny wins, else any applicable Allow, else implicit deny. Permissions boundaries and other policy
 * kinds intersect with this, so callers evaluate them separately and combine.
 *
 * Statements whose Condition (or policy variable) cannot be proven apply "conditionally". The decision is then the
 * most permissive one AWS could reach, and `conditional` says whether reaching it depends on those statements:
 * an Allow that only matches conditionally, or an Allow a conditional Deny could overturn. When nothing can allow,
 * the request is denied whatever the conditions say, so the answer is not conditional; a conditional Deny then only
 * shows up in `unproven`, as evidence.
 */
export function evaluatePolicies(
  documents: PolicyDocument[],
  request: PolicyRequest,
  options: EvaluateOptions = {},
): Decision {
  const firm = { Allow: [] as StatementRef[], Deny: [] as StatementRef[] };
  const unproven = { Allow: [] as StatementRef[], Deny: [] as StatementRef[] };

  documents.forEach((document, documentIndex) => {
    const policyVariables = document.Version === "2012-10-17";
    document.Statement.forEach((statement, statementIndex) => {
      const scope = statementScope(statement, request, { policyVariables });
      if (scope === "does-not-match") return;
      const condition = conditionVerdict(statement, options);
      if (condition === "false") return;
      const ref = statementRef(documentIndex, statementIndex, statement);
      const proven = scope === "matches" && condition === "true";
      (proven ? firm : unproven)[statement.Effect].push(ref);
    });
  });

  const allUnproven = sortRefs([...unproven.Allow, ...unproven.Deny]);
  if (firm.Deny.length > 0) {
    return { decision: "explicit-deny", conditional: false, matchedBy: firm.Deny, unproven: allUnproven };
  }
  const allows = firm.Allow.length > 0 ? firm.Allow : unproven.Allow;
  if (allows.length === 0) {
    return { decision: "implicit-deny", conditional: false, matchedBy: [], unproven: allUnproven };
  }
  return {
    decision: "allow",
    conditional: firm.Allow.length === 0 || unproven.Deny.length > 0,
    matchedBy: sortRefs([...allows, ...unproven.Deny]),
    unproven: allUnproven,
  };
}

function conditionVerdict(statement: PolicyStatement, options: EvaluateOptions): ConditionVerdict {
  // An empty Condition object constrains nothing; IAM treats it as absent.
  if (!statement.Condition || Object.keys(statement.Condition).length === 0) return "true";
  return options.condition ? options.condition(statement.Condition, statement) : "unknown";
}

function statementRef(documentIndex: number, statementIndex: number, statement: PolicyStatement): StatementRef {
  const ref: StatementRef = { documentIndex, statementIndex, effect: statement.Effect };
  if (statement.Sid !== undefined) ref.sid = statement.Sid;
  return ref;
}

function sortRefs(refs: StatementRef[]): StatementRef[] {
  return [...refs].sort((a, b) => a.documentIndex - b.documentIndex || a.statementIndex - b.statementIndex);
}
