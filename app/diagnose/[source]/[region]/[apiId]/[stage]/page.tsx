import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { LogSearchPanel } from "@/components/find-request/log-search-panel";
import { ChevronRightIcon } from "@/components/ui/icons";
import { ProbePanel } from "@/components/probe/probe-panel";
import { ShareReport } from "@/components/report/share-report";
import { StageHeader } from "@/components/wizard/stage-header";
import { StageSummary } from "@/components/wizard/stage-summary";
import { SymptomSection } from "@/components/wizard/symptom-form";
import { buttonVariants } from "@/components/ui/button";
import { WizardProgress } from "@/components/wizard/wizard-progress";
import { stageLogPlaces } from "@/lib/diagnosis/stage-log-places";
import { searchesLive } from "@/lib/find-request/web/resolve-source";
import { defaultProbePath } from "@/lib/probe/probe-request";
import { probeLimits } from "@/lib/probe/probe-support";
import { defaultProbeTimeoutMs } from "@/lib/probe/send-probe";
import { probeOffer, type ProbeOffer } from "@/lib/probe/web/probe-offer";
import { baseUrlFromHeaders } from "@/lib/reports/urls";
import { loadStage, type StageParams } from "@/lib/wizard/load-stage";
import { changeBehindCause } from "@/lib/wizard/cause-change";
import { loadCapture } from "@/lib/sources/sources";
import { displayName } from "@/lib/text/display-text";
import { stageHref, stepHref } from "@/lib/wizard/routes";

type Props = { params: Promise<StageParams>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const loaded = await loadStage(await params, await searchParams);
  return {
    title: loaded
      ? `${displayName(loaded.context.api.api.name, 60)} / ${displayName(loaded.context.address.stage, 40)}`
      : "Not found",
  };
}

export default async function StagePage({ params, searchParams }: Props) {
  const loaded = await loadStage(await params, await searchParams);
  if (!loaded) notFound();
  const { info, context, steps, symptoms, logs, history } = loaded;
  const hrefOf = (slug: string) => stepHref(context.address, slug, symptoms);
  const target = {
    source: info.id,
    region: context.address.region,
    apiId: context.address.apiId,
    stage: context.address.stage,
  };
  const capture = await loadCapture(info.id);
  const offer: ProbeOffer = capture
    ? probeOffer({ kind: info.kind, capture, ...target })
    : { available: false, reason: "This diagnosis is no longer available." };
  const unknowns = steps.flatMap((s) => (s.notApplicable ? [] : s.findings.filter((f) => f.status === "unknown")));
  return (
    <div className="space-y-8">
      <StageHeader info={info} context={context} />
      <WizardProgress steps={steps} current={null} hrefOf={hrefOf} />
      <StageSummary
        execution={context.stage.stage.execution}
        access={context.stage.stage.access}
        causes={context.stage.causes}
        unknowns={unknowns}
        context={context.stage.context}
        hygiene={context.stage.hygiene}
        hrefOf={hrefOf}
        logs={logs && { places: stageLogPlaces(logs), capturedAt: loaded.diagnosis.capturedAt }}
        changeOf={(cause) => changeBehindCause(cause, history)}
        walk={
          <Link href={hrefOf(steps[0].slug)} className={buttonVariants()}>
            Walk through all {steps.length} steps <ChevronRightIcon />
          </Link>
        }
      />
      <ShareReport
        source={info.id}
        symptoms={symptoms}
        baseUrl={baseUrlFromHeaders(await headers(), process.env)}
        stage={{ region: target.region, apiId: target.apiId, stage: context.stage.stage.name }}
      />
      <SymptomSection
        action={stageHref(context.address)}
        selected={symptoms}
        explanations={steps.flatMap((s) => s.findings.filter((f) => f.check.startsWith("symptom.")))}
      />
      <LogSearchPanel target={target} live={searchesLive(info.kind)} />
      <ProbePanel
        target={target}
        offer={offer}
        limits={probeLimits}
        timeoutS={defaultProbeTimeoutMs / 1000}
        defaultPath={defaultProbePath}
      />
    </div>
  );
}
