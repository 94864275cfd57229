import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { OverviewSummary } from "@/components/overview-summary";
import { RegionProblems } from "@/components/region-problems";
import { SourceHeading } from "@/components/source-heading";
import { VerdictLegend } from "@/components/verdict-legend";
import { loadDiagnosis } from "@/lib/sources/sources";
import { buildOverview } from "@/lib/ui/overview";
import { parseOverviewFilter } from "@/lib/ui/overview-filter";
import { decodeSegment } from "@/lib/ui/routes";
import { OverviewTableClient } from "./page-client";

type Props = { params: Promise<{ source: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params, searchParams }: Props) {
  const source = decodeSegment((await params).source);
  const loaded = source === null ? null : await loadDiagnosis(source);
  if (!loaded || source === null) notFound();
  const { summary, regionProblems, rows } = buildOverview(source, loaded.diagnosis);
  return (
    <div className="space-y-8">
      <SourceHeading info={loaded.info} diagnosis={loaded.diagnosis} />
      <OverviewSummary summary={summary} />
      <RegionProblems problems={regionProblems} />
      <OverviewTableClient packed={rows} initial={parseOverviewFilter(await searchParams)} />
      <VerdictLegend />
    </div>
  );
}
