import { cache } from "react";
import { defaultReportStore } from "./default-store";
import { isReportId } from "./id";
import type { Report } from "./report";

/** A report for a page request (metadata and page share one read), or null for any id that is not a live report. */
export const loadReport = cache(async (id: string): Promise<Report | null> =>
  isReportId(id) ? defaultReportStore().get(id) : null,
);
