import { parseAccessLine, type AccessLineField } from "../access-log/parse-line";
import type { Capture } from "../capture/schema";
import type { Diagnosis } from "../diagnosis/types";
import { CallIndex } from "../model/call-index";
import { readLogSearch, readRetentionDays, type LogSearchAnswer } from "../model/read-log-search";
import type { Model, Region, Stage } from "../model/types";
import { stageAnswers, type KindAnswer } from "../runbook/headline";
import {
  absentEverywhereReasons,
  accessAbsentReasons,
  accessEvidenceOf,
  executionAbsentReasons,
  lagReason,
  retentionReason,
  type AccessEvidence,
} from "./explain";
import { filterPatternOf, type RequestIdForm } from "./request-id";
import { logKindLabels, searchTargets, type LogKindId, type SearchTarget } from "./targets";

export type KindStatus = "found" | "absent" | "stopped-early" | "could-not-search" | "not-searchable" | "not-searched";

export interface FoundLine {
  timestamp: number | null;
  stream: string;
  message: string;
  /** Access lines read into fields with the stage's format; null for execution lines or lines that do not fit. */
  fields: AccessLineField[] | null;
}

export interface KindResult {
  kind: LogKindId;
  label: string;
  region: string | null;
  logGroupName: string | null;
  status: KindStatus;
  lines: FoundLine[];
  /** FilterLogEvents pages read. */
  pages: number;
  /** Why the request is absent here, or why this kind was not searched; the most telling first. */
  why: string[];
}

export interface FindRequestResult {
  requestId: string;
  region: string;
  apiId: string;
  stage: string;
  apiName: string;
  /** The searched window (epoch ms), from the recorded searches. */
  window: { start: number; end: number } | null;
  found: boolean;
  kinds: KindResult[];
  /** When the request is in no log: what else it may be. */
  elsewhere: string[];
}

export interface FindRequestInput {
  capture: Capture;
  model: Model;
  diagnosis: Diagnosis;
  region: string;
  apiId: string;
  stage: string;
  requestId: { id: string; form: RequestIdForm };
}

/** The searches "find a request" needs for a stage: one per searchable group. */
export function plannedSearches(model: Model, where: { region: string; apiId: string; stage: string }): SearchTarget[] {
  const located = locate(model, where);
  return located ? searchTargets(model, located.region, located.stage) : [];
}

/** The model's region and stage of a target, or null when the scan did not find them. */
export function locate(
  model: Model,
  where: { region: string; apiId: string; stage: string },
): { region: Region; stage: Stage } | null {
  const region = model.regions.find((r) => r.name === where.region);
  const api = region?.apis.find((a) => a.id === where.apiId);
  const stage = api?.stages.state === "collected" ? api.stages.value.find((s) => s.name === where.stage) : undefined;
  return region && stage ? { region, stage } : null;
}

/**
 * Explains where a request is and is not, from the recorded FilterLogEvents answers and the stage's diagnosis.
 * Pure: the capture holds the searches (live, or replayed), so this runs the same for both and for tests.
 */
export function findRequest(input: FindRequestInput): FindRequestResult | null {
  const located = locate(input.model, input);
  if (!located) return null;
  const { stage } = located;
  const calls = new CallIndex(input.capture);
  const pattern = filterPatternOf(input.requestId.id);
  const answers = stageAnswers(input.diagnosis).find(
    (a) => a.api.region === input.region && a.api.id === input.apiId && a.stage.name === input.stage,
  );
  const verdictOf = (kind: "execution" | "access"): KindAnswer | undefined =>
    answers?.kinds.find((k) => k.kind === kind);

  let window: FindRequestResult["window"] = null;
  const searched = searchTargets(input.model, located.region, stage).map((target) => {
    if (!target.searchable) return { target, answer: null };
    const answer = readLogSearch(calls, target.region, target.logGroupName, pattern);
    if (answer.state === "searched" && window === null && answer.window.start !== null && answer.window.end !== null) {
      window = { start: answer.window.start, end: answer.window.end };
    }
    return { target, answer };
  });

  const kinds = searched.map(({ target, answer }) => baseResult(target, answer, stage));
  const accessLine = kinds
    .find((k) => k.kind.startsWith("access") && k.status === "found")
    ?.lines.find((l) => l.fields);
  const evidence: AccessEvidence | null = accessLine ? accessEvidenceOf(accessLine.fields) : null;
  const foundAnywhere = kinds.some((k) => k.status === "found");
  const searchedAt = (window as FindRequestResult["window"])?.end ?? Date.parse(input.model.capturedAt);

  for (const kind of kinds) {
    if (kind.status !== "absent" && kind.status !== "stopped-early") continue;
    if (kind.kind === "execution") kind.why.push(...executionAbsentReasons(stage, evidence, verdictOf("execution")));
    if (kind.kind === "access") kind.why.push(...accessAbsentReasons(stage, input.requestId.form, verdictOf("access")));
    const retention =
      kind.region && kind.logGroupName ? readRetentionDays(calls, kind.region, kind.logGroupName) : undefined;
    const start = (window as FindRequestResult["window"])?.start;
    if (typeof retention === "number" && start !== undefined && kind.logGroupName) {
      const reason = retentionReason(kind.logGroupName, retention, start, searchedAt);
      if (reason) kind.why.push(reason);
    }
    if (foundAnywhere && kind.status === "absent") kind.why.push(lagReason());
  }

  const elsewhere: string[] = [];
  // Only a search that ran and came back empty says anything about where else the request may be.
  if (!foundAnywhere && kinds.some((k) => k.status === "absent" || k.status === "stopped-early")) {
    elsewhere.push(...absentEverywhereReasons(), lagReason());
  }

  return {
    requestId: input.requestId.id,
    region: input.region,
    apiId: input.apiId,
    stage: input.stage,
    apiName: stage.api.name,
    window,
    found: foundAnywhere,
    kinds,
    elsewhere,
  };
}

function baseResult(target: SearchTarget, answer: LogSearchAnswer | null, stage: Stage): KindResult {
  const result: KindResult = {
    kind: target.kind,
    label: logKindLabels[target.kind],
    region: target.searchable ? target.region : null,
    logGroupName: target.searchable ? target.logGroupName : null,
    status: "not-searchable",
    lines: [],
    pages: 0,
    why: [],
  };
  if (!target.searchable) return { ...result, why: [target.reason] };
  if (!answer || answer.state === "not-searched") {
    return {
      ...result,
      status: "not-searched",
      why: ["This group was not searched (the capture holds no FilterLogEvents call for it with this id)."],
    };
  }
  if (answer.state === "error" && answer.error.name === "ResourceNotFoundException") {
    const which = target.kind.startsWith("execution") ? "execution" : "access";
    return {
      ...result,
      status: "absent",
      why: [`The group does not exist: API Gateway has never written ${which} logs of stage ${stage.name} to it.`],
    };
  }
  if (answer.state === "error")
    return { ...result, status: "could-not-search", why: [couldNotSearch(answer.error, target)] };

  const isAccess = target.kind.startsWith("access");
  const format = stage.accessLog.format;
  const lines = answer.events.map((event) => ({
    ...event,
    fields: isAccess && format ? parseAccessLine(event.message, format, stage.api.type) : null,
  }));
  if (lines.length > 0) return { ...result, status: "found", lines, pages: answer.pages };
  if (!answer.complete) {
    return {
      ...result,
      status: "stopped-early",
      pages: answer.pages,
      why: [
        `Stopped after ${answer.pages} page${answer.pages === 1 ? "" : "s"} before the end of the window (FilterLogEvents allows 5 requests a second per account and region): the request may be in the part not searched; narrow the window with --since.`,
      ],
    };
  }
  return { ...result, status: "absent", pages: answer.pages };
}

function couldNotSearch(
  error: { name: string; message: string },
  target: Extract<SearchTarget, { searchable: true }>,
): string {
  if (/AccessDenied|UnauthorizedOperation/i.test(error.name)) {
    return `Could not search: these credentials are not allowed logs:FilterLogEvents on ${target.logGroupName} (${error.name}). Grant the ReadLogContent statement that log-doctor policy prints.`;
  }
  return `Could not search: ${error.name}: ${error.message}`;
}
