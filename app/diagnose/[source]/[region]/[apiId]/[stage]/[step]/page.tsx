import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ChangeTimeline } from "@/components/diagnosis/change-timeline";
import { StageHeader } from "@/components/wizard/stage-header";
import { StepContent } from "@/components/wizard/step-content";
import { StepKeys } from "@/components/wizard/step-keys";
import { StepNav } from "@/components/wizard/step-nav";
import { SymptomForm } from "@/components/wizard/symptom-form";
import { WizardProgress } from "@/components/wizard/wizard-progress";
import { loadStage, type StageParams } from "@/lib/wizard/load-stage";
import { displayName } from "@/lib/text/display-text";
import { decodeSegment, stageHref, stepHref } from "@/lib/wizard/routes";
import { stepBySlug } from "@/lib/wizard/steps";

type Props = {
  params: Promise<StageParams & { step: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { step, apiId, stage } = await params;
  return {
    title: `${stepBySlug(decodeSegment(step) ?? "")?.title ?? "Step"} · ${displayName(decodeSegment(apiId) ?? "", 20)}/${displayName(decodeSegment(stage) ?? "", 40)}`,
  };
}

export default async function StepPage({ params, searchParams }: Props) {
  const { step: rawSlug, ...stageParams } = await params;
  const slug = decodeSegment(rawSlug);
  const loaded = await loadStage(stageParams, await searchParams);
  const index = loaded?.steps.findIndex((s) => s.slug === slug) ?? -1;
  if (!loaded || index < 0) notFound();
  const { info, context, steps, symptoms, history } = loaded;
  const step = steps[index];
  const summary = stageHref(context.address, symptoms);
  const hrefOf = (s: string) => stepHref(context.address, s, symptoms);
  const back =
    index === 0
      ? { href: summary, label: "Stage summary" }
      : { href: hrefOf(steps[index - 1].slug), label: `Back: ${steps[index - 1].short}` };
  const next =
    index === steps.length - 1
      ? { href: `${summary}#root-cause`, label: "Finish: root cause and fix" }
      : { href: hrefOf(steps[index + 1].slug), label: `Next: ${steps[index + 1].short}` };
  return (
    <div className="space-y-8">
      <StageHeader info={info} context={context} />
      <WizardProgress steps={steps} current={step.slug} hrefOf={hrefOf} />
      <StepContent step={step} index={index} total={steps.length} />
      {step.slug === "unlogged-requests" && (
        <SymptomForm action={stepHref(context.address, step.slug)} selected={symptoms} />
      )}
      {step.slug === "history" && history && (
        <ChangeTimeline region={history.region} stage={history.stage} usesRole={context.api.api.type !== "HTTP"} />
      )}
      <StepNav back={back} next={next} />
      <StepKeys stage={summary} step={step.slug} backHref={back.href} nextHref={next.href} />
    </div>
  );
}
