import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { OverviewSummary } from "@/components/overview/overview-summary";
import { ShareReport } from "@/components/report/share-report";
import { RegionProblems } from "@/components/overview/region-problems";
import { SourceHeading } from "@/components/layout/source-heading";
import { VerdictLegend } from "@/components/overview/verdict-legend";
import { baseUrlFromHeaders } from "@/lib/reports/urls";
import { loadDiagnosis } from "@/lib/sources/sources";
import { buildOverview } from "@/lib/wizard/overview";
import type { OverviewFilter } from "@/lib/wizard/overview-filter";
import { OverviewTableClient } from "./page-client";

/** The overview itself: streamed after the page shell, since diagnosing a large capture can take a second. */
export async function OverviewContent({ source, filter }: { source: string; filter: OverviewFilter }) {
  const loaded = await loadDiagnosis(source);
  if (!loaded) notFound();
  const { summary, regionProblems, rows } = buildOverview(source, loaded.diagnosis);
  return (
    <div className="space-y-8">
      <SourceHeading info={loaded.info} diagnosis={loaded.diagnosis} />
      <ShareReport source={source} baseUrl={baseUrlFromHeaders(await headers(), process.env)} />
      <OverviewSummary summary={summary} />
      <RegionProblems problems={regionProblems} />
      <OverviewTableClient packed={rows} initial={filter} />
      <VerdictLegend />
    </div>
  );
}
