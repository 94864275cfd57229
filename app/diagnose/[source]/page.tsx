import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { LoadingShell, Skeleton } from "@/components/ui/skeleton";
import { sourceExists } from "@/lib/sources/sources";
import { parseOverviewFilter } from "@/lib/wizard/overview-filter";
import { decodeSegment } from "@/lib/wizard/routes";
import { OverviewContent } from "./overview-content";

type Props = {
  params: Promise<{ source: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const metadata: Metadata = { title: "Overview" };

export default async function OverviewPage({ params, searchParams }: Props) {
  const source = decodeSegment((await params).source);
  // Decided before anything streams, so an unknown or expired id answers 404, not a 200 with a not-found body.
  if (source === null || !(await sourceExists(source))) notFound();
  return (
    <Suspense fallback={<OverviewSkeleton />}>
      <OverviewContent source={source} filter={parseOverviewFilter(await searchParams)} />
    </Suspense>
  );
}

function OverviewSkeleton() {
  return (
    <LoadingShell label="Diagnosing…">
      <div className="space-y-3">
        <Skeleton className="h-5 w-28" />
        <Skeleton className="h-9 w-72" />
      </div>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} className="h-20" />
        ))}
      </div>
      <Skeleton className="h-96" />
    </LoadingShell>
  );
}
