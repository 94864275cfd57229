/** Faults the replay server can inject, for tests of the collector's resilience. */
export interface ReplayFaults {
  /** Share (0–1) of requests answered with the service's throttling error (429 for API Gateway). */
  throttleShare?: number;
  /** Share (0–1) of requests answered with a 503. */
  serverErrorShare?: number;
  /** Calls answered with the service's AccessDenied error; `operation` absent means the whole service. */
  accessDenied?: Array<{ service: string; operation?: string }>;
  /** Added to every answer. */
  latencyMs?: number;
  /** Seeds the choice of faulted requests: the same seed faults the same attempts of the same calls. */
  seed?: number;
}

/**
 * Decides faults deterministically from (seed, request, how many times this request has arrived), so a test
 * run does not depend on the order concurrent requests happen to arrive in.
 */
export class FaultPlan {
  private readonly arrivals = new Map<string, number>();

  constructor(private readonly faults: ReplayFaults = {}) {}

  get latencyMs(): number {
    return this.faults.latencyMs ?? 0;
  }

  denies(service: string, operation: string | undefined): boolean {
    return (this.faults.accessDenied ?? []).some(
      (rule) => rule.service === service && (rule.operation === undefined || rule.operation === operation),
    );
  }

  /** Picks at most one fault for this arrival of the request: throttling, then a server error. */
  next(requestKey: string): "throttle" | "server-error" | undefined {
    const arrival = (this.arrivals.get(requestKey) ?? 0) + 1;
    this.arrivals.set(requestKey, arrival);
    const roll = unitHash(`${this.faults.seed ?? 1}\n${arrival}\n${requestKey}`);
    const throttle = this.faults.throttleShare ?? 0;
    if (roll < throttle) return "throttle";
    if (roll < throttle + (this.faults.serverErrorShare ?? 0)) return "server-error";
    return undefined;
  }
}

/** FNV-1a then a murmur finalizer: a well-spread number in [0, 1) from a string. */
function unitHash(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return (hash >>> 0) / 0x100000000;
}
