"use client";

import Link from "next/link";
import { useState } from "react";
import { CloudIcon, SparkIcon, UploadIcon } from "@/components/ui/icons";
import { LiveScanPanel, type LiveScanOptions } from "@/components/start/live-scan-panel";
import { buttonVariants } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { UploadPanel } from "@/components/start/upload-panel";

type Choice = "demo" | "upload" | "live";

const choices: { value: Choice; title: string; text: string; Icon: typeof CloudIcon }[] = [
  {
    value: "demo",
    title: "Demo account",
    text: "A sample account with four regions and a different cause in each.",
    Icon: SparkIcon,
  },
  {
    value: "upload",
    title: "Upload a capture",
    text: "A capture file made with the Log Doctor CLI.",
    Icon: UploadIcon,
  },
  {
    value: "live",
    title: "Live AWS account",
    text: "Scan a profile from this server's AWS config, read-only.",
    Icon: CloudIcon,
  },
];

/** The start page's island: which source to diagnose, and that source's panel. */
export function SourcePicker({
  initial,
  maxUploadBytes,
  live,
}: {
  initial: Choice;
  maxUploadBytes: number;
  live: LiveScanOptions;
}) {
  const [choice, setChoice] = useState<Choice>(initial);
  return (
    <section aria-labelledby="source-title" className="space-y-5">
      <h2 id="source-title" className="text-lg font-semibold text-slate-900">
        What should Log Doctor diagnose?
      </h2>
      <fieldset>
        <legend className="sr-only">Source</legend>
        <div className="grid gap-3 md:grid-cols-3">
          {choices.map(({ value, title, text, Icon }) => (
            <label
              key={value}
              className={cn(
                "flex cursor-pointer gap-3 rounded-xl border bg-white p-4 shadow-sm transition-colors has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-teal-700",
                choice === value ? "border-teal-700 ring-1 ring-teal-700" : "border-slate-200 hover:border-slate-300",
              )}
            >
              <input
                type="radio"
                name="source"
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
                className="sr-only"
              />
              <span
                className={cn(
                  "flex size-9 shrink-0 items-center justify-center rounded-lg",
                  choice === value ? "bg-teal-700 text-white" : "bg-slate-100 text-slate-700",
                )}
              >
                <Icon className="size-5" />
              </span>
              <span>
                <span className="block font-semibold text-slate-900">
                  {title}
                  {value === "demo" && initial === "demo" && (
                    <span className="ml-2 text-xs font-medium text-teal-800">Default</span>
                  )}
                </span>
                <span className="mt-0.5 block text-sm text-slate-600">{text}</span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      <div className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-6">
        {choice === "demo" && (
          <div className="flex flex-wrap items-center justify-between gap-4">
            <div className="max-w-2xl space-y-1">
              <h3 className="font-semibold text-slate-900">Explore a broken account safely</h3>
              <p className="text-sm text-slate-700">
                Twelve stages of REST, HTTP and WebSocket APIs in us-east-1, eu-west-1, ap-southeast-2 and eu-central-1:
                a logging role that was deleted, a region with no role set, an organization SCP that denies the logging
                role, a stage switched off by a deploy, an override that silences one method, an access log format
                without a request id, and two healthy APIs to compare with.
              </p>
            </div>
            <Link href="/diagnose/demo" className={buttonVariants({ size: "lg" })}>
              Open the demo account
            </Link>
          </div>
        )}
        {choice === "upload" && <UploadPanel maxBytes={maxUploadBytes} />}
        {choice === "live" && <LiveScanPanel options={live} />}
      </div>
    </section>
  );
}
