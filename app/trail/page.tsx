import type { Metadata } from "next";
import { Badge } from "@/components/ui/badge";
import { TrailExplainer } from "./page-client";

export const metadata: Metadata = { title: "CloudTrail explainer" };

export default function TrailPage() {
  return (
    <div className="space-y-8">
      <div className="max-w-3xl space-y-3">
        <Badge tone="outline">Stays in your browser</Badge>
        <h1 className="text-3xl font-semibold tracking-tight text-slate-900 sm:text-4xl">CloudTrail explainer</h1>
        <p className="text-lg text-slate-700">
          Who changed logging, and where is my event? Open CloudTrail records as you have them — S3 log files,{" "}
          <code className="font-mono text-base">lookup-events</code> output, single events — to list every call with who
          made it and from where, with changes to API Gateway logging and its role highlighted.
        </p>
        <p className="text-sm text-slate-600">
          Records hold IP addresses and principals, so they are read in this tab and never uploaded. The command line
          does the same: <code className="font-mono whitespace-nowrap">npx log-doctor trail FILE…</code>
        </p>
      </div>
      <TrailExplainer />
    </div>
  );
}
