import Link from "next/link";
import { apiTypeLabels } from "@/lib/diagnosis/labels";
import type { SourceInfo } from "@/lib/sources/sources";
import { displayName } from "@/lib/text/display-text";
import { overviewHref } from "@/lib/wizard/routes";
import type { StageContext } from "@/lib/wizard/stage-wizard";
import { ChevronRightIcon } from "../ui/icons";
import { VerdictBadge } from "../diagnosis/status-badge";

/** Breadcrumb, the stage's name and its two verdicts: always visible above the walkthrough. */
export function StageHeader({ info, context }: { info: SourceInfo; context: StageContext }) {
  const { api, stage } = context.stage;
  return (
    <div className="space-y-3">
      <nav aria-label="Breadcrumb">
        <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
          <li>
            <Link href={overviewHref(info.id)} className="font-medium text-teal-800 hover:underline">
              {displayName(info.label, 40)}
            </Link>
          </li>
          <li aria-hidden="true">
            <ChevronRightIcon className="size-3.5" />
          </li>
          <li className="font-mono">{context.address.region}</li>
          <li aria-hidden="true">
            <ChevronRightIcon className="size-3.5" />
          </li>
          <li className="max-w-[16rem] truncate">{displayName(api.name, 60)}</li>
          <li aria-hidden="true">
            <ChevronRightIcon className="size-3.5" />
          </li>
          <li aria-current="page" className="max-w-[12rem] truncate font-medium text-slate-800">
            {displayName(stage.name, 60)}
          </li>
        </ol>
      </nav>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold tracking-tight text-slate-900 [overflow-wrap:anywhere] sm:text-3xl">
            {displayName(api.name, 120)}{" "}
            <span className="text-slate-500" aria-hidden="true">
              /
            </span>
            <span className="sr-only">, stage</span> {displayName(stage.name, 128)}
          </h1>
          <p className="mt-1 text-sm text-slate-600">
            {apiTypeLabels[api.type]} <span className="font-mono">{displayName(api.id, 40)}</span> in{" "}
            <span className="font-mono">{context.address.region}</span>
          </p>
        </div>
        <dl className="flex flex-wrap gap-3">
          <div className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm">
            <dt className="text-sm text-slate-600">Execution logs</dt>
            <dd>
              <VerdictBadge verdict={stage.execution.verdict} />
            </dd>
          </div>
          <div className="flex items-center gap-2 rounded-lg border border-slate-200 bg-white px-3 py-2 shadow-sm">
            <dt className="text-sm text-slate-600">Access logs</dt>
            <dd>
              <VerdictBadge verdict={stage.access.verdict} />
            </dd>
          </div>
        </dl>
      </div>
    </div>
  );
}
