export { parsePolicyDocument } from "./parse-policy-document";
export { evaluatePolicies } from "./evaluate-policies";
export { evaluateActions } from "./evaluate-actions";
export type { ActionVerdict, EvaluateActionsOptions, ResourceDecision } from "./evaluate-actions";
export { matchesWildcard } from "./matches-wildcard";
export type { WildcardOptions } from "./matches-wildcard";
export { globsOverlap } from "./globs-overlap";
export { apiGatewayTrustConditions } from "./api-gateway-trust-conditions";
export type {
  ConditionBlock,
  ConditionEvaluator,
  ConditionVerdict,
  Decision,
  DecisionKind,
  EvaluateOptions,
  ParseResult,
  PolicyDocument,
  PolicyRequest,
  PolicyStatement,
  PrincipalBlock,
  PrincipalType,
  RequestPrincipal,
  StatementRef,
} from "./types";
export { logsActionResource, logsResourceLevel } from "./logs-action-resource";
export type { LogsResourceLevel, LogsResourcePlace } from "./logs-action-resource";
