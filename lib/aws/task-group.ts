/**
 * Tracks work that starts more work (a listing page starts its items' calls), so the scan can wait until
 * nothing is left running. The first failure (a cancelled scan, or a bug) rejects `settled()`.
 */
export class TaskGroup {
  private readonly running = new Set<Promise<unknown>>();
  private failure: { error: unknown } | undefined;

  add<T>(task: Promise<T>): Promise<T> {
    const tracked = task.finally(() => this.running.delete(tracked));
    tracked.catch((error: unknown) => {
      this.failure ??= { error };
    });
    this.running.add(tracked);
    return task;
  }

  /** Starts `work` now and tracks it. */
  spawn<T>(work: () => Promise<T>): Promise<T> {
    return this.add(work());
  }

  async settled(): Promise<void> {
    while (this.running.size > 0) {
      await Promise.allSettled([...this.running]);
    }
    if (this.failure) throw this.failure.error;
  }
}
