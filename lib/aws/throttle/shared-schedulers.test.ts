import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { awsQuotas } from "./quotas";
import { RateScheduler } from "./rate-scheduler";
import { AccountScheduler, sharedScheduler } from "./shared-schedulers";
import { TimelineScheduler } from "./timeline-scheduler";

describe("AccountScheduler", () => {
  let now = 0;
  beforeEach(() => {
    vi.useFakeTimers();
    now = 0;
  });
  afterEach(() => vi.useRealTimers());

  it("paces two scans of one account as one: the second scan waits for the first one's burst", async () => {
    const account = new RateScheduler({
      quotas: { ...awsQuotas, apigateway: { rate: 10, burst: 2 } },
      pacing: 1,
      clock: () => now,
    });
    const credentials = new RateScheduler({ clock: () => now });
    const asked: string[] = [];
    const registry = (key: string) => (asked.push(key), account);
    const scan = () => new AccountScheduler(undefined, credentials, registry);
    const [first, second] = [scan(), scan()];
    // Both learn the same account, as two runbook pages scanning with the server's credentials do.
    first.identified("123456789012");
    second.identified("123456789012");
    expect(asked).toEqual(["aws account 123456789012", "aws account 123456789012"]);

    const granted: string[] = [];
    void first.acquire("apigateway", "GetStages", "us-east-1").then(() => granted.push("first 1"));
    void first.acquire("apigateway", "GetStages", "us-east-1").then(() => granted.push("first 2"));
    void second.acquire("apigateway", "GetRestApi", "us-east-1").then(() => granted.push("second 1"));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual(["first 1", "first 2"]);
    now += 100;
    await vi.advanceTimersByTimeAsync(100);
    expect(granted).toEqual(["first 1", "first 2", "second 1"]);
  });

  it("holds every call but the identity until the account is known, then uses the account's scheduler", async () => {
    const credentials = new RateScheduler({ clock: () => now });
    const account = new RateScheduler({ clock: () => now });
    const scan = new AccountScheduler("http://replay.test", credentials, () => account);
    const granted: string[] = [];
    void scan.acquire("sts", "GetCallerIdentity", "us-east-1").then(() => granted.push("identity"));
    void scan.acquire("apigateway", "GetAccount", "us-east-1").then(() => granted.push("account"));
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual(["identity"]);
    scan.identified("111122223333");
    await vi.advanceTimersByTimeAsync(0);
    expect(granted).toEqual(["identity", "account"]);
    expect(credentials.grantedCalls()).toEqual({ "sts@us-east-1": 1 });
    expect(account.grantedCalls()).toEqual({ "apigateway@us-east-1": 1 });
  });
});

describe("sharedScheduler", () => {
  it("paces in this process without a database, and on the database's timeline with one", () => {
    const key = "aws account 444455556666";
    const local = sharedScheduler(key, {});
    expect(local).toBeInstanceOf(RateScheduler);
    expect(sharedScheduler(key, { DATABASE_URL: " " })).toBe(local);
    // Which pacing a scan gets follows the setting, not whether the server answers (this one does not).
    const database = { DATABASE_URL: "postgres://nobody@127.0.0.1:1/none" };
    const shared = sharedScheduler(key, database);
    expect(shared).toBeInstanceOf(TimelineScheduler);
    expect(sharedScheduler(key, database)).toBe(shared);
    // A URL that is not PostgreSQL is the report store's error to report: scans still run, paced here.
    expect(sharedScheduler(key, { DATABASE_URL: "mysql://db/x" })).toBeInstanceOf(RateScheduler);
  });
});
