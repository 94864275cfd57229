import type { Capture, CaptureCall } from "../capture/schema";

/** Where a call sits in the capture: compared element by element, numbers before strings. */
export type CallOrder = ReadonlyArray<number | string>;

/**
 * Collects recorded calls as they finish (in whatever order the network returns them) and writes them in a
 * stable order, so that two scans of the same account give the same file: global calls first, then each region
 * in scan order, each in the order of its plan.
 */
export class CaptureRecorder {
  private readonly entries: Array<{ order: CallOrder; call: CaptureCall }> = [];

  add(order: CallOrder, call: CaptureCall): void {
    this.entries.push({ order, call });
  }

  get size(): number {
    return this.entries.length;
  }

  build(meta: { capturedAt: string; partition: string; regions: string[] }): Capture {
    const calls = [...this.entries].sort((a, b) => compareOrder(a.order, b.order)).map((entry) => entry.call);
    return { kind: "log-doctor/capture", version: 1, ...meta, calls };
  }
}

export function compareOrder(a: CallOrder, b: CallOrder): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "number") return -1;
    if (typeof y === "number") return 1;
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}
