"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ScanProgress } from "@/components/start/scan-progress";
import { Button, buttonVariants } from "@/components/ui/button";
import type { ScanSnapshot } from "@/lib/sources/live-scan";

/** Follows a scan over Server-Sent Events; opens the overview when it is done, or says why it stopped. */
export function ScanClient({ initial }: { initial: ScanSnapshot }) {
  const router = useRouter();
  const [snapshot, setSnapshot] = useState(initial);
  const [cancelling, setCancelling] = useState(false);

  useEffect(() => {
    if (initial.status !== "running") return;
    const events = new EventSource(`/api/scans/${initial.id}/events`);
    events.addEventListener("snapshot", (event) => {
      const next = JSON.parse((event as MessageEvent<string>).data) as ScanSnapshot;
      setSnapshot(next);
      if (next.status !== "running") events.close();
    });
    return () => events.close();
  }, [initial.id, initial.status]);

  useEffect(() => {
    if (snapshot.status === "done" && snapshot.href) router.replace(snapshot.href);
  }, [snapshot.status, snapshot.href, router]);

  const planned = snapshot.regions.reduce((n, r) => n + r.planned, 0);
  const done = snapshot.regions.reduce((n, r) => n + r.done, 0);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-xl border border-slate-200 bg-white px-5 py-4 shadow-sm">
        <div role="status" aria-live="polite" className="min-w-0">
          <p className="font-semibold text-slate-900">
            {snapshot.status === "running" && `Scanning… ${done} of ${planned} read-only calls done`}
            {snapshot.status === "done" && "Scan complete. Opening the overview…"}
            {snapshot.status === "cancelled" && "Scan cancelled."}
            {snapshot.status === "failed" && "The scan failed."}
          </p>
          {snapshot.error && <p className="mt-1 text-sm text-red-800 [overflow-wrap:anywhere]">{snapshot.error}</p>}
        </div>
        {snapshot.status === "running" ? (
          <Button
            variant="danger"
            disabled={cancelling}
            onClick={async () => {
              setCancelling(true);
              await fetch(`/api/scans/${snapshot.id}`, { method: "DELETE" }).catch(() => setCancelling(false));
            }}
          >
            {cancelling ? "Cancelling…" : "Cancel scan"}
          </Button>
        ) : (
          <div className="flex flex-wrap gap-2">
            {snapshot.href && (
              <Link href={snapshot.href} className={buttonVariants()}>
                {snapshot.status === "done" ? "Open the overview" : "Open what was scanned"}
              </Link>
            )}
            <Link href="/" className={buttonVariants({ variant: "secondary" })}>
              New diagnosis
            </Link>
          </div>
        )}
      </div>
      <ScanProgress snapshot={snapshot} />
    </div>
  );
}
