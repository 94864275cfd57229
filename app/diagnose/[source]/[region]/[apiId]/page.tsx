import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FindingCard } from "@/components/diagnosis/finding-card";
import { PlaceCrumbs } from "@/components/layout/place-crumbs";
import { VerdictBadge } from "@/components/diagnosis/status-badge";
import { apiTypeLabels } from "@/lib/diagnosis/labels";
import { loadApi } from "@/lib/wizard/load-region";
import { displayName } from "@/lib/text/display-text";
import { overviewHref, stageHref } from "@/lib/wizard/routes";

type Props = { params: Promise<{ source: string; region: string; apiId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadApi(await params);
  return { title: loaded ? displayName(loaded.api.api.name, 60) : "Not found" };
}

/** One API: its stages, or, when they could not be read, why and which permission would let them be read. */
export default async function ApiPage({ params }: Props) {
  const loaded = await loadApi(await params);
  if (!loaded) notFound();
  const { info, region, api: view } = loaded;
  const { api } = view;
  const regionHref = `${overviewHref(info.id)}/${encodeURIComponent(region.region)}`;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <PlaceCrumbs
          trail={[
            { label: info.label, href: overviewHref(info.id) },
            { label: region.region, href: regionHref, mono: true },
            { label: api.name },
          ]}
        />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 [overflow-wrap:anywhere] sm:text-3xl">
          {displayName(api.name, 120)}
        </h1>
        <p className="text-sm text-slate-600">
          {apiTypeLabels[api.type]} <span className="font-mono">{displayName(api.id, 40)}</span> in{" "}
          <span className="font-mono">{region.region}</span>
        </p>
      </div>
      {api.stages === null ? (
        <p className="rounded-xl border border-violet-200 bg-violet-50 px-5 py-4 text-sm text-violet-900">
          <strong className="font-semibold">Its stages could not be read,</strong> so whether this API logs is unknown,
          not fine.
        </p>
      ) : (
        <section aria-labelledby="api-stages" className="space-y-3">
          <h2 id="api-stages" className="text-lg font-semibold text-slate-900">
            Stages
          </h2>
          <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
            {api.stages.map((stage, index) => (
              <li key={stage.name} className="flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
                <Link
                  href={stageHref({ source: info.id, region: region.region, apiId: api.id, stage: stage.name, index })}
                  className="min-w-0 flex-1 font-medium text-teal-800 [overflow-wrap:anywhere] hover:underline"
                >
                  {displayName(stage.name, 80)}
                </Link>
                <VerdictBadge verdict={stage.execution.verdict} kind="Execution" />
                <VerdictBadge verdict={stage.access.verdict} kind="Access" />
              </li>
            ))}
          </ul>
        </section>
      )}
      {view.findings.length > 0 && (
        <section aria-labelledby="api-findings" className="space-y-4">
          <h2 id="api-findings" className="text-lg font-semibold text-slate-900">
            About this API
          </h2>
          {view.findings.map((finding, i) => (
            <FindingCard key={`${finding.check}-${i}`} finding={finding} />
          ))}
        </section>
      )}
    </div>
  );
}
