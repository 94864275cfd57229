import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { readScan } from "@/lib/sources/live-scan";
import { ScanClient } from "./page-client";

export const metadata: Metadata = { title: "Scanning" };

export default async function ScanPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  // Whichever replica runs the scan, and after a restart: the store has its latest snapshot.
  const snapshot = await readScan(id);
  if (!snapshot) notFound();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight text-slate-900 sm:text-3xl">Scanning your account</h1>
        <p className="mt-1 text-slate-600">
          {snapshot.profile ? (
            <>
              Profile <span className="font-mono">{snapshot.profile}</span>
            </>
          ) : (
            "Default credentials"
          )}{" "}
          · read-only calls to API Gateway, IAM, CloudWatch Logs and CloudTrail.
        </p>
      </div>
      <ScanClient initial={snapshot} />
    </div>
  );
}
