import { setMaxListeners } from "node:events";
import type { Capture } from "../capture/schema";
import { scanOneApi } from "./api-scan";
import { CallRunner, type CallSpec } from "./call-runner";
import { CaptureRecorder } from "./capture-recorder";
import { ClientPool, type ClientOverrides } from "./clients";
import { itemsOf, pageTokens, runAllPages } from "./paginate";
import { ProgressTracker, type ProgressListener } from "./progress";
import { formatTimestamp } from "./recordable";
import { scanRegion } from "./region-scan";
import { RoleCollector } from "./role-collector";
import { partitionOfRegion, type CallerIdentity, type ScanContext } from "./scan-context";
import { TaskGroup } from "./task-group";
import { awsQuotas, type QuotaTable } from "./throttle/quotas";
import { RateScheduler } from "./throttle/rate-scheduler";
import { AccountScheduler, credentialsSchedulerKey, sharedScheduler } from "./throttle/shared-schedulers";

export interface CollectOptions {
  /** A named profile of the shared config files; otherwise the SDK's default chain (AWS_PROFILE, env, SSO…). */
  profile?: string;
  /** Regions to scan; default: every region enabled for the account (account:ListRegions). */
  regions?: string[];
  /** Collect only what this API's diagnosis needs (REST id, or HTTP/WebSocket id). */
  apiId?: string;
  /** With `apiId`: only this stage's log groups. */
  stage?: string;
  /** CloudTrail lookback in days (1–90, default 30). */
  lookbackDays?: number;
  /**
   * Read every REST API's authorizers (`GetAuthorizers`), for the `authorizer-401` symptom; a one-API scan
   * (`apiId`) reads its API's authorizers anyway.
   */
  authorizers?: boolean;
  onProgress?: ProgressListener;
  /** Cancels the scan: `collectCapture` then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Tests and the bench only: endpoint, static credentials, attempts per call. */
  clientOverrides?: ClientOverrides;
  /** Tests and the bench only: retry delays, timeouts and quotas. */
  tuning?: Partial<CollectTuning>;
  /** The scan's clock; tests replaying a recorded capture set it to that capture's time. */
  now?: () => Date;
}

export interface CollectTuning {
  retryBaseDelayMs: number;
  retryMaxDelayMs: number;
  callTimeoutMs: number;
  quotas: QuotaTable;
  /** Share of each quota to aim for (see RateScheduler). */
  pacing: number;
}

const defaultTuning: CollectTuning = {
  retryBaseDelayMs: 300,
  retryMaxDelayMs: 20_000,
  callTimeoutMs: 30_000,
  quotas: awsQuotas,
  pacing: 0.95,
};
const defaultMaxAttempts = 8;
const enabledStatuses = new Set(["ENABLED", "ENABLED_BY_DEFAULT"]);

/**
 * Scans an AWS account read-only and returns the Capture a diagnosis reads. AWS failures (AccessDenied,
 * throttling that outlasts the retries, timeouts, disabled regions) are recorded as errors of their calls and
 * the scan goes on; only invalid options or cancelling reject.
 */
export async function collectCapture(options: CollectOptions = {}): Promise<Capture> {
  validate(options);
  const startedAt = (options.now ?? (() => new Date()))();
  const lookbackMs = (options.lookbackDays ?? 30) * 24 * 60 * 60 * 1000;
  const tuning = { ...defaultTuning, ...options.tuning };
  const clients = new ClientPool(options.profile, options.clientOverrides);
  const recorder = new CaptureRecorder();
  const progress = new ProgressTracker(options.onProgress);
  const tasks = new TaskGroup();
  const cancel = linkedAbort(options.signal);
  const scheduler = schedulerOf(options);
  const runner = new CallRunner({
    clients,
    recorder,
    progress,
    scheduler,
    settings: {
      maxAttempts: options.clientOverrides?.maxAttempts ?? defaultMaxAttempts,
      callTimeoutMs: tuning.callTimeoutMs,
      baseDelayMs: tuning.retryBaseDelayMs,
      maxDelayMs: tuning.retryMaxDelayMs,
    },
    signal: cancel.signal,
  });

  try {
    const homeRegion = options.regions?.[0] ?? (await clients.defaultRegion()) ?? "us-east-1";
    const global = (service: CallSpec["service"], operation: string, order: number): CallSpec => ({
      service,
      region: homeRegion,
      clientRegion: homeRegion,
      operation,
      input: {},
      order: [0, order],
    });
    const identity = tasks.add(readIdentity(runner, global("sts", "GetCallerIdentity", 0), homeRegion));
    if (scheduler instanceof AccountScheduler)
      identity.then(
        (caller) => scheduler.identified(caller.account),
        () => scheduler.identified(undefined),
      );
    const regionListing = tasks.add(runAllPages(runner, global("account", "ListRegions", 1), pageTokens.account));
    const regions = options.regions ? [...new Set(options.regions)] : await enabledRegions(regionListing, homeRegion);

    const ctx = {
      runner,
      tasks,
      identity,
      homeRegion,
      regions,
      lookback: { start: new Date(startedAt.getTime() - lookbackMs), end: startedAt },
      authorizers: options.authorizers === true,
    } as Omit<ScanContext, "roles"> as ScanContext;
    ctx.roles = new RoleCollector(ctx);

    const { apiId, stage } = options;
    await Promise.all(
      regions.map((region) =>
        tasks.add(apiId === undefined ? scanRegion(ctx, region) : scanOneApi(ctx, region, apiId, stage)),
      ),
    );
    await tasks.settled();
    const capture = recorder.build({
      capturedAt: formatTimestamp(startedAt),
      partition: (await identity).partition,
      regions,
    });
    progress.summary();
    return capture;
  } finally {
    cancel.release();
    clients.destroy();
  }
}

/**
 * The account's scheduler, shared with every other scan of that account in this process. Tests and the bench that
 * tune quotas or pacing get a scheduler of their own, so their settings never pace anyone else.
 */
function schedulerOf(options: CollectOptions): RateScheduler | AccountScheduler {
  if (options.tuning?.quotas !== undefined || options.tuning?.pacing !== undefined) {
    return new RateScheduler({
      quotas: options.tuning.quotas ?? awsQuotas,
      pacing: options.tuning.pacing ?? defaultTuning.pacing,
    });
  }
  const endpoint = options.clientOverrides?.endpoint ?? process.env.AWS_ENDPOINT_URL;
  return new AccountScheduler(endpoint, sharedScheduler(credentialsSchedulerKey(endpoint, options.profile)));
}

/**
 * The scan's own signal, following the caller's. Every waiting and running call listens on it, which is
 * hundreds of listeners in a large account: fine on a signal we own, a leak warning on the caller's.
 */
function linkedAbort(outer: AbortSignal | undefined): { signal: AbortSignal; release(): void } {
  const controller = new AbortController();
  setMaxListeners(0, controller.signal);
  const forward = () => controller.abort(outer?.reason);
  if (outer?.aborted) forward();
  else outer?.addEventListener("abort", forward, { once: true });
  return { signal: controller.signal, release: () => outer?.removeEventListener("abort", forward) };
}

async function readIdentity(runner: CallRunner, spec: CallSpec, homeRegion: string): Promise<CallerIdentity> {
  const outcome = await runner.run(spec);
  const arn = outcome.output?.Arn;
  const account = outcome.output?.Account;
  const partition = typeof arn === "string" ? arn.split(":")[1] : undefined;
  return {
    partition: partition || partitionOfRegion(homeRegion),
    ...(typeof account === "string" ? { account } : {}),
  };
}

/** The account's enabled regions; if it cannot tell us (AccessDenied), the region the SDK is configured for. */
async function enabledRegions(listing: ReturnType<typeof runAllPages>, homeRegion: string): Promise<string[]> {
  const regions = itemsOf(await listing, "Regions")
    .filter((region) => enabledStatuses.has(String(region.RegionOptStatus)))
    .map((region) => String(region.RegionName))
    .sort();
  return regions.length > 0 ? regions : [homeRegion];
}

function validate(options: CollectOptions): void {
  const days = options.lookbackDays;
  if (days !== undefined && !(Number.isInteger(days) && days >= 1 && days <= 90)) {
    throw new RangeError("lookbackDays must be a whole number of days from 1 to 90 (CloudTrail keeps 90 days)");
  }
  if (options.stage !== undefined && options.apiId === undefined) throw new RangeError("stage needs apiId");
  if (options.regions !== undefined && options.regions.length === 0) throw new RangeError("regions is empty");
}
