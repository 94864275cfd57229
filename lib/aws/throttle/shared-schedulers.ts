import { postgresUrl } from "../../db/database-url";
import { sharedTimeline } from "./postgres-timeline";
import { RateScheduler, type CallScheduler } from "./rate-scheduler";
import { TimelineScheduler, type PacedScheduler } from "./timeline-scheduler";

/** More distinct accounts than one server scans; past it the least recently used scheduler is dropped. */
const MAX_SCHEDULERS = 64;

type Env = Record<string, string | undefined>;
interface Entry {
  scheduler: PacedScheduler;
  /** The database whose timeline it paces on (null: this process alone). */
  database: string | null;
}

// Per server process, on globalThis so development reloads keep the pace they promised AWS.
const state = globalThis as typeof globalThis & { __logDoctorSchedulers?: Map<string, Entry> };

/**
 * AWS's quotas are per account and region, whoever calls: every scan of one account in this process — wizard scans,
 * runbook pages, all regions — draws from one scheduler (whose buckets are per quota and region), so opening 30
 * runbook links paces 30 scans together instead of each at the full quota. With `DATABASE_URL` set, that scheduler
 * reserves every call on the database's `rate_slots` timeline, so replicas on one database keep one pace too.
 */
export function sharedScheduler(key: string, env: Env = process.env): PacedScheduler {
  const database = pacingDatabase(env);
  const schedulers = (state.__logDoctorSchedulers ??= new Map());
  let entry = schedulers.get(key);
  if (entry) schedulers.delete(key);
  if (entry?.database !== database) entry = undefined;
  entry ??= {
    scheduler: database ? new TimelineScheduler(key, sharedTimeline(database)) : new RateScheduler(),
    database,
  };
  schedulers.set(key, entry);
  while (schedulers.size > MAX_SCHEDULERS) schedulers.delete(schedulers.keys().next().value!);
  return entry.scheduler;
}

/** A DATABASE_URL that is not PostgreSQL is the report store's error to report; scans then pace in-process. */
function pacingDatabase(env: Env): string | null {
  try {
    return postgresUrl(env);
  } catch {
    return null;
  }
}

/** The keys of the schedulers this process holds (tests look at who shares a pace). */
export function sharedSchedulerKeys(): string[] {
  return [...(state.__logDoctorSchedulers?.keys() ?? [])];
}

/** Where calls go: AWS itself, or an endpoint override (a replay server is a different "AWS"). */
export const accountSchedulerKey = (endpoint: string | undefined, account: string) =>
  `${endpoint ?? "aws"} account ${account}`;
export const credentialsSchedulerKey = (endpoint: string | undefined, profile: string | undefined) =>
  `${endpoint ?? "aws"} credentials ${profile ?? "(default chain)"}`;

/**
 * A scan's view of the shared schedulers. The account is known only once `sts:GetCallerIdentity` answers, so that
 * call is paced with the credentials' scheduler and every other call waits for the answer, then takes its turn in
 * the account's scheduler (the credentials' one when the identity could not be read).
 */
export class AccountScheduler implements CallScheduler {
  private account: PacedScheduler | null = null;
  private readonly ready: Promise<PacedScheduler>;
  private learn!: (scheduler: PacedScheduler) => void;

  constructor(
    private readonly endpoint: string | undefined,
    private readonly credentials: PacedScheduler,
    private readonly schedulerFor: (key: string) => PacedScheduler = sharedScheduler,
  ) {
    this.ready = new Promise((resolve) => (this.learn = resolve));
  }

  /** Called once with the caller identity's account (undefined when it could not be read). */
  identified(account: string | undefined): void {
    this.account = account ? this.schedulerFor(accountSchedulerKey(this.endpoint, account)) : this.credentials;
    this.learn(this.account);
  }

  async acquire(
    service: string,
    operation: string,
    region: string | undefined,
    signal?: AbortSignal,
    retry?: boolean,
  ): Promise<void> {
    if (isIdentityCall(service, operation)) return this.credentials.acquire(service, operation, region, signal, retry);
    const scheduler = this.account ?? (await this.ready);
    return scheduler.acquire(service, operation, region, signal, retry);
  }

  throttled(service: string, operation: string, region: string | undefined, retryAfterMs?: number): void {
    this.schedulerOf(service, operation).throttled(service, operation, region, retryAfterMs);
  }

  succeeded(service: string, operation: string, region: string | undefined): void {
    this.schedulerOf(service, operation).succeeded(service, operation, region);
  }

  private schedulerOf(service: string, operation: string): PacedScheduler {
    return isIdentityCall(service, operation) ? this.credentials : (this.account ?? this.credentials);
  }
}

const isIdentityCall = (service: string, operation: string) => service === "sts" && operation === "GetCallerIdentity";
