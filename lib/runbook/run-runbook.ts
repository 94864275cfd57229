import { missingCredentials } from "../capture/missing-credentials";
import { collectCapture, type CollectOptions } from "../aws/collect";
import type { Capture } from "../capture/schema";
import { analyze, type Analysis } from "../engine/analyze";
import type { RunbookTarget } from "./target";
import { focusDiagnosis } from "./focus";

export type Collect = (options: CollectOptions) => Promise<Capture>;
type Env = Record<string, string | undefined>;

export type RunbookOutcome =
  | ({ kind: "diagnosed"; target: RunbookTarget; capture: Capture; durationMs: number } & Analysis)
  | { kind: "no-credentials"; target: RunbookTarget; detail: string }
  | { kind: "api-not-found"; target: RunbookTarget; account: string | null }
  | { kind: "stage-not-found"; target: RunbookTarget; stages: string[] }
  /** Not scanned: the server already runs as many live scans as it allows (`runRunbookShared` answers this). */
  | { kind: "busy"; target: RunbookTarget; message: string };

export interface RunbookDeps {
  collect?: Collect;
  env?: Env;
}

/**
 * A live diagnosis of the one API (and stage) a runbook link names, with the server's credentials: the collector
 * reads that API by id (no region listings), its stages, the region's account setting, role, log groups and trails.
 * `LOG_DOCTOR_RUNBOOK_NOW` pins the scan's clock — for tests and demos that replay a capture recorded at that time.
 */
export async function runRunbook(target: RunbookTarget, deps: RunbookDeps = {}): Promise<RunbookOutcome> {
  const env = deps.env ?? process.env;
  const collect = deps.collect ?? collectCapture;
  const pinned = env.LOG_DOCTOR_RUNBOOK_NOW ? new Date(env.LOG_DOCTOR_RUNBOOK_NOW) : null;
  const started = performance.now();
  const capture = await collect({
    regions: [target.region],
    apiId: target.apiId,
    ...(target.stage === undefined ? {} : { stage: target.stage }),
    ...(pinned && !Number.isNaN(pinned.getTime()) ? { now: () => pinned } : {}),
  });
  const durationMs = Math.round(performance.now() - started);

  const noCredentials = missingCredentials(capture);
  if (noCredentials !== null) return { kind: "no-credentials", target, detail: noCredentials };
  const { diagnosis, timelines, logs } = analyze(capture);
  const focused = focusDiagnosis(diagnosis, target);
  const api = focused.apis[0];
  if (!api && apiUnknown(capture)) return { kind: "api-not-found", target, account: diagnosis.account };
  if (api?.stages && target.stage !== undefined && api.stages.length === 0) {
    const all = diagnosis.apis.find((a) => a.id === target.apiId)?.stages ?? [];
    return { kind: "stage-not-found", target, stages: all.map((stage) => stage.name) };
  }
  return { kind: "diagnosed", target, capture, diagnosis: focused, timelines, logs, durationMs };
}

/** Neither API Gateway (REST) nor API Gateway v2 (HTTP, WebSocket) knows the id. */
function apiUnknown(capture: Capture): boolean {
  const answer = (service: string, operation: string) =>
    capture.calls.find((c) => c.service === service && c.operation === operation);
  const rest = answer("apigateway", "GetRestApi");
  const v2 = answer("apigatewayv2", "GetApi");
  return rest?.error?.name === "NotFoundException" && (v2 === undefined || v2.error?.name === "NotFoundException");
}
