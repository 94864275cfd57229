export type { ApiType, FormatProblem, Position, ProblemCode, VariableReference } from "./types";
export { contextVariableCatalogs, isKnownContextVariable } from "./catalogs";
export { findVariables } from "./scan";
export { lintAccessLogFormat } from "./lint";
export { accessLogTemplateLimitBytes } from "./size-limit";
export { awsExampleFormats } from "./doc-examples";
