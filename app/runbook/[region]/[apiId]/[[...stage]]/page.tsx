import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { RunbookPending } from "@/components/runbook/runbook-pending";
import { RunbookStart } from "@/components/runbook/runbook-start";
import { currentUser } from "@/lib/auth/current-user";
import { displayName } from "@/lib/auth/identity";
import { audit } from "@/lib/ops/audit";
import { mayScanOnLoad } from "@/lib/runbook/may-scan";
import { runbookTargetOf } from "@/lib/runbook/params";
import { RunbookResult } from "./runbook-result";
import "@/components/report/print.css";

export const runtime = "nodejs";

type Props = { params: Promise<{ region: string; apiId: string; stage?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const target = runbookTargetOf(await params);
  const title = target
    ? `Runbook: ${target.apiId}${target.stage ? ` ${target.stage}` : ""} in ${target.region}`
    : "Runbook link not found";
  return { title, robots: { index: false, follow: false } };
}

/**
 * `/runbook/<region>/<apiId>[/<stage>]`: a live diagnosis of one API with the server's credentials, verdict first.
 * The target is validated before anything else, so a malformed link is a 404 and never reaches AWS; a page opened
 * from another site waits for a click before it scans; the scan streams in behind a placeholder.
 */
export default async function RunbookPage({ params }: Props) {
  const target = runbookTargetOf(await params);
  if (!target) notFound();
  if (!mayScanOnLoad((await headers()).get("sec-fetch-site"))) return <RunbookStart target={target} reason="click" />;
  const user = await currentUser();
  audit("runbook-run", user ? displayName(user) : undefined, {
    region: target.region,
    api: target.apiId,
    stage: target.stage ?? "all",
  });
  return (
    <div className="space-y-8">
      <Suspense fallback={<RunbookPending target={target} />}>
        <RunbookResult target={target} />
      </Suspense>
    </div>
  );
}
