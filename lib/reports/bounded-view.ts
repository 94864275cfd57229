import type { ReportView } from "./report-view";

/**
 * How much of a report one page renders. A page's work must follow what it shows, not what a capture holds: a
 * 10,000-stage account would otherwise render 10,000 table rows and a section per troubled stage. The Markdown and
 * JSON downloads are built from the whole view and hold everything.
 */
export const PAGE_LIMITS = { rows: 5_000, apis: 500, stages: 500 } as const;

export interface BoundedView {
  view: ReportView;
  /** How many of each were left off the page (0 when all are shown). */
  omitted: { rows: number; apis: number; stages: number };
}

export function boundedView(
  view: ReportView,
  limits: { rows: number; apis: number; stages: number } = PAGE_LIMITS,
): BoundedView {
  return {
    view: {
      ...view,
      rows: view.rows.slice(0, limits.rows),
      apis: view.apis.slice(0, limits.apis),
      stages: view.stages.slice(0, limits.stages),
    },
    omitted: {
      rows: Math.max(0, view.rows.length - limits.rows),
      apis: Math.max(0, view.apis.length - limits.apis),
      stages: Math.max(0, view.stages.length - limits.stages),
    },
  };
}

/** "Showing the first 5,000 of 10,000 stages." with where to find the rest, or null when nothing was left off. */
export function omittedNote(shown: number, omitted: number, what: string): string | null {
  if (omitted === 0) return null;
  const total = (shown + omitted).toLocaleString("en-US");
  return `Showing the first ${shown.toLocaleString("en-US")} of ${total} ${what}; the Markdown and JSON downloads hold all of them.`;
}
