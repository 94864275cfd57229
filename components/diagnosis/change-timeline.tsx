import type { RegionTimeline, StageTimeline, TimelineEntry } from "@/lib/cloudtrail";
import { displayName } from "@/lib/text/display-text";
import { formatUtc } from "@/lib/text/format";
import { HistoryIcon } from "../ui/icons";
import { Badge } from "../ui/badge";

function Entry({ entry }: { entry: TimelineEntry }) {
  return (
    <li className="relative pl-7">
      <span
        aria-hidden="true"
        className={`absolute top-1.5 left-0 size-3 rounded-full ring-4 ring-white ${entry.level === "warn" ? "bg-amber-500" : "bg-slate-400"}`}
      />
      <div className="flex flex-wrap items-center gap-2">
        <time dateTime={entry.time ?? undefined} className="text-sm font-medium text-slate-900">
          {entry.time ? formatUtc(entry.time) : "time unknown"}
        </time>
        <Badge tone={entry.level === "warn" ? "amber" : "slate"}>
          {entry.level === "warn" ? "Can stop logs" : "Change"}
        </Badge>
        <code className="font-mono text-xs text-slate-600">{displayName(entry.eventName, 60)}</code>
      </div>
      <p className="mt-1 text-sm text-slate-800 [overflow-wrap:anywhere]">{displayName(entry.summary, 400)}</p>
      <dl className="mt-1.5 grid gap-x-4 gap-y-0.5 text-xs text-slate-600 sm:grid-cols-[auto_minmax(0,1fr)]">
        <dt>Who</dt>
        <dd className="text-slate-800 [overflow-wrap:anywhere]">
          {displayName(entry.actor.label, 200)}
          {entry.actor.arn && <span className="font-mono text-slate-600"> · {displayName(entry.actor.arn, 200)}</span>}
        </dd>
        <dt>From</dt>
        <dd className="[overflow-wrap:anywhere]">
          {displayName(entry.sourceIp ?? "unknown", 80)}
          {entry.userAgent && <> · {displayName(entry.userAgent, 120)}</>}
        </dd>
      </dl>
    </li>
  );
}

function Group({ title, entries }: { title: string; entries: TimelineEntry[] }) {
  if (entries.length === 0) return null;
  return (
    <div className="space-y-3">
      <h3 className="font-semibold text-slate-900">{title}</h3>
      <ol className="space-y-4 border-l border-slate-200 pl-0 [&>li]:-ml-1.5">
        {entries.map((entry, i) => (
          <Entry key={entry.eventId ?? i} entry={entry} />
        ))}
      </ol>
    </div>
  );
}

/** Who changed this stage's logging, the region's account setting and the logging role, oldest first. */
export function ChangeTimeline({
  region,
  stage,
  usesRole,
}: {
  region: RegionTimeline;
  stage: StageTimeline | null;
  usesRole: boolean;
}) {
  const role = usesRole ? region.role : null;
  const empty = !stage?.entries.length && region.account.length === 0 && !role?.entries.length;
  return (
    <section
      aria-labelledby="timeline-title"
      className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-5"
    >
      <h2 id="timeline-title" className="flex items-center gap-2 text-lg font-semibold text-slate-900">
        <HistoryIcon className="size-5 text-slate-600" />
        Change timeline
      </h2>
      {region.history.state !== "collected" && (
        <p className="text-sm text-violet-900">
          CloudTrail event history was not read in {region.region}
          {region.history.reason ? `: ${displayName(region.history.reason, 300)}` : ""}. Changes cannot be shown.
        </p>
      )}
      {region.history.state === "collected" && region.logsHistory && region.logsHistory.state !== "collected" && (
        <p className="text-sm text-violet-900">
          CloudWatch Logs events (deleted log groups, deliveries and resource policies) were not read in {region.region}
          {region.logsHistory.reason ? `: ${displayName(region.logsHistory.reason, 300)}` : ""}.
        </p>
      )}
      {region.history.state === "collected" && empty && (
        <p className="text-sm text-slate-700">
          No change to this stage&apos;s logging, the region&apos;s account setting or the logging role in the history
          CloudTrail returned.
        </p>
      )}
      <Group title="This stage" entries={stage?.entries ?? []} />
      <Group title={`Account setting in ${region.region}`} entries={region.account} />
      {role && (
        <Group
          title={`Logging role ${displayName(role.arn.split("/").pop() ?? role.arn, 80)}`}
          entries={role.entries}
        />
      )}
    </section>
  );
}
