import Link from "next/link";
import { connection } from "next/server";
import { buttonVariants } from "@/components/ui/button";
import { MAX_CAPTURE_BYTES } from "@/lib/capture/parse-capture";
import { detectAwsEnvironment } from "@/lib/sources/aws-environment";
import { listAwsProfiles } from "@/lib/sources/aws-profiles";
import { scanRegions } from "@/lib/sources/aws-regions";
import { liveCollector } from "@/lib/sources/collector";
import { SourcePicker } from "./page-client";

export default async function HomePage() {
  // Per request: credentials may be configured after the server started.
  await connection();
  const environment = detectAwsEnvironment();
  const profiles = listAwsProfiles();
  const collector = liveCollector();
  const reason = !collector.available
    ? collector.reason
    : !environment.configured
      ? "No AWS credentials are configured on this server (no AWS_PROFILE or access key variables, no ~/.aws/config or ~/.aws/credentials). Configure a profile and reload, or start with the demo account."
      : null;
  const live = {
    available: reason === null,
    reason,
    profiles,
    defaultChain: environment.variables.length > 0 || profiles.length === 0,
    regions: scanRegions,
  };
  return (
    <div className="space-y-10">
      <div className="max-w-3xl space-y-3">
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">Log Doctor</h1>
        <p className="text-lg text-slate-700">
          Find out why your Amazon API Gateway logs are missing — and exactly what to change. Log Doctor walks the
          checklist for every REST, HTTP and WebSocket API stage: STS, the logging role, the account setting, logging
          levels and overrides, access logs, requests API Gateway never logs, and who changed what.
        </p>
      </div>
      <SourcePicker initial={live.available ? "live" : "demo"} maxUploadBytes={MAX_CAPTURE_BYTES} live={live} />
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        <div className="max-w-2xl space-y-1">
          <h2 className="font-semibold text-slate-900">Already have CloudTrail records?</h2>
          <p className="text-sm text-slate-700">
            See who changed logging and when, and why the event you expect is not in the trail. Files are read in your
            browser and never uploaded.
          </p>
        </div>
        <Link href="/trail" className={buttonVariants({ variant: "secondary" })}>
          Open the CloudTrail explainer
        </Link>
      </div>
    </div>
  );
}
