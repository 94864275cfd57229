import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FindingCard } from "@/components/diagnosis/finding-card";
import { PlaceCrumbs } from "@/components/layout/place-crumbs";
import { loadRegion } from "@/lib/wizard/load-region";
import { displayName, displayRegion } from "@/lib/text/display-text";
import { overviewHref } from "@/lib/wizard/routes";

type Props = { params: Promise<{ source: string; region: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadRegion(await params);
  return { title: loaded ? `Region ${loaded.region.region}` : "Not found" };
}

/** A region's own findings in full (STS, account setting, role, domains, trails): what the overview lists in one line. */
export default async function RegionPage({ params }: Props) {
  const loaded = await loadRegion(await params);
  if (!loaded) notFound();
  const { info, region } = loaded;
  const shown = region.findings.filter((f) => f.status !== "pass");
  const apiHref = (apiId: string) =>
    `${overviewHref(info.id)}/${encodeURIComponent(region.region)}/${encodeURIComponent(apiId)}`;
  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <PlaceCrumbs
          trail={[
            { label: info.label, href: overviewHref(info.id) },
            { label: region.region, mono: true },
          ]}
        />
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">
          Region {displayRegion(region.region)}
        </h1>
        <p className="text-sm text-slate-600">
          Findings about the region itself, each of which can affect every API in it.
        </p>
      </div>
      <section aria-labelledby="region-findings" className="space-y-4">
        <h2 id="region-findings" className="text-lg font-semibold text-slate-900">
          Region-wide findings
        </h2>
        {shown.length > 0 ? (
          shown.map((finding, i) => <FindingCard key={`${finding.check}-${i}`} finding={finding} />)
        ) : (
          <p className="text-sm text-slate-700">Every region-wide check passed.</p>
        )}
      </section>
      <section aria-labelledby="region-apis" className="space-y-3">
        <h2 id="region-apis" className="text-lg font-semibold text-slate-900">
          APIs in this region
        </h2>
        <ul className="divide-y divide-slate-100 rounded-xl border border-slate-200 bg-white shadow-sm">
          {region.apis.map(({ api }) => (
            <li key={api.id} className="px-4 py-3 text-sm">
              <Link
                href={apiHref(api.id)}
                className="font-medium text-teal-800 [overflow-wrap:anywhere] hover:underline"
              >
                {displayName(api.name, 120)}
              </Link>{" "}
              <span className="font-mono text-xs text-slate-600">{displayName(api.id, 40)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
