import type { ProgressEvent, ProgressListener } from "./progress";

/** One line: a bar, the call counts, and the regions still running. */
export function renderProgressLine(done: number, planned: number, running: string[], width = 80): string {
  const barWidth = 24;
  const filled = planned === 0 ? 0 : Math.round((done / planned) * barWidth);
  const bar = `[${"#".repeat(filled)}${".".repeat(barWidth - filled)}]`;
  const regions =
    running.length === 0 ? "" : ` · ${running.length} region${running.length === 1 ? "" : "s"}: ${running.join(" ")}`;
  return `${bar} ${done}/${planned} calls${regions}`.slice(0, Math.max(20, width - 1));
}

/**
 * Draws scan progress on a terminal, redrawing one line at most every `intervalMs`; `finish` clears it. Only for
 * a TTY: piped or redirected stderr gets nothing.
 */
export function terminalProgress(
  stream: { write(text: string): unknown; columns?: number },
  intervalMs = 100,
): { listener: ProgressListener; finish(): void } {
  const perRegion = new Map<string, { planned: number; done: number }>();
  let lastDraw = 0;
  let drawn = false;
  const draw = (event: Extract<ProgressEvent, { planned: number; done: number }>, force = false) => {
    const now = Date.now();
    if (!force && now - lastDraw < intervalMs) return;
    lastDraw = now;
    const running = [...perRegion].filter(([, c]) => c.done < c.planned).map(([region]) => region);
    stream.write(`\r\x1b[K${renderProgressLine(event.done, event.planned, running, stream.columns ?? 80)}`);
    drawn = true;
  };
  return {
    listener: (event) => {
      if (event.type === "summary") return;
      const key = event.region ?? "global";
      const counts = perRegion.get(key) ?? { planned: 0, done: 0 };
      if (event.type === "planned") counts.planned += 1;
      else counts.done += 1;
      perRegion.set(key, counts);
      draw(event, event.type === "done" && event.done === event.planned);
    },
    finish: () => {
      if (drawn) stream.write("\r\x1b[K");
    },
  };
}
