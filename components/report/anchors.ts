import type { ReportView } from "@/lib/reports/report-view";

/** Fragment ids for the report's sections: by position, so no name from a capture ever becomes part of an id. */
export function stageAnchor(index: number): string {
  return `stage-${index}`;
}

export function regionAnchor(index: number): string {
  return `region-${index}`;
}

/** Where each verdict row's stage section is, when it has one. */
export function stageAnchors(view: ReportView): Map<string, string> {
  return new Map(
    view.stages.map((section, i) => [
      `${section.region}\u0000${section.api.id}\u0000${section.stage.name}`,
      stageAnchor(i),
    ]),
  );
}
