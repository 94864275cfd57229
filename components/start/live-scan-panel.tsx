"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "../ui/button";

export interface LiveScanOptions {
  available: boolean;
  /** Why a live scan cannot run here, when it cannot. */
  reason: string | null;
  profiles: { name: string; region: string | null }[];
  /** Whether credentials come from the environment (usable without picking a profile). */
  defaultChain: boolean;
  regions: readonly string[];
}

const inputClass =
  "h-10 w-full rounded-lg border border-slate-300 bg-white px-3 text-sm shadow-sm focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700";

/** Pick a profile of the server's AWS config and the regions to scan; credentials never reach the browser. */
export function LiveScanPanel({ options }: { options: LiveScanOptions }) {
  const router = useRouter();
  const first = options.profiles[0];
  const [profile, setProfile] = useState(options.defaultChain || !first ? "" : first.name);
  const [regions, setRegions] = useState<string[]>([first?.region ?? "us-east-1"]);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (!options.available) {
    return (
      <p className="rounded-lg border border-slate-200 bg-slate-50 px-4 py-3 text-sm text-slate-700">
        {options.reason}
      </p>
    );
  }

  // Kept in the list's order, so the scan (and its label) does not depend on the order of the clicks.
  const toggle = (region: string) =>
    setRegions((list) => options.regions.filter((r) => (r === region ? !list.includes(r) : list.includes(r))));

  async function start(event: React.FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/scans", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ profile: profile || undefined, regions }),
      });
      const body = (await response.json()) as { href?: string; error?: string };
      if (response.ok && body.href) return router.push(body.href);
      setError(body.error ?? `The server answered ${response.status}.`);
    } catch {
      setError("The request did not reach the server. Check that Log Doctor is still running.");
    }
    setBusy(false);
  }

  return (
    <form onSubmit={start} className="space-y-5">
      <label className="block max-w-sm space-y-1.5 text-sm font-medium text-slate-800">
        AWS profile
        <select
          value={profile}
          onChange={(e) => {
            setProfile(e.target.value);
            const region = options.profiles.find((p) => p.name === e.target.value)?.region;
            if (region && !regions.includes(region)) setRegions([region]);
          }}
          className={inputClass}
        >
          {options.defaultChain && <option value="">Default credentials (environment)</option>}
          {options.profiles.map((p) => (
            <option key={p.name} value={p.name}>
              {p.name}
              {p.region ? ` (${p.region})` : ""}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">
          Regions to scan <span className="font-normal text-slate-600">({regions.length} selected)</span>
        </legend>
        <div className="mt-2 grid grid-cols-2 gap-1.5 sm:grid-cols-3 lg:grid-cols-4">
          {options.regions.map((region) => (
            <label
              key={region}
              className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-2.5 py-1.5 font-mono text-xs text-slate-800 hover:bg-slate-50 has-[:checked]:border-teal-700 has-[:checked]:bg-teal-50"
            >
              <input
                type="checkbox"
                checked={regions.includes(region)}
                onChange={() => toggle(region)}
                className="size-3.5 accent-teal-700"
              />
              {region}
            </label>
          ))}
        </div>
      </fieldset>
      {error && (
        <p
          role="alert"
          className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900 [overflow-wrap:anywhere]"
        >
          {error}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" size="lg" disabled={busy || regions.length === 0}>
          {busy ? "Starting…" : "Start read-only scan"}
        </Button>
        <p className="text-sm text-slate-600">Only Describe/Get/List calls; the credentials stay on this server.</p>
      </div>
    </form>
  );
}
