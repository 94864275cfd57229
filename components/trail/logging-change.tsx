import { AlertIcon, InfoIcon } from "@/components/ui/icons";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { RecordChange, SettingChange } from "@/lib/cloudtrail";
import { displayName } from "@/lib/text/display-text";
import { changeValue } from "@/lib/trail-explainer/format";

function Value({ value }: { value: string }) {
  return (
    <code className="rounded bg-white px-1 font-mono text-xs text-slate-900 ring-1 ring-slate-300 [overflow-wrap:anywhere]">
      {displayName(value, 200)}
    </code>
  );
}

/** Old → new when the event shows the old value; otherwise what it was set to, or that it was removed. */
function Values({ change }: { change: SettingChange }) {
  const from = changeValue(change.from);
  const to = changeValue(change.to);
  if (from === null && to === null) return null;
  return (
    <span className="inline-flex flex-wrap items-center gap-1 text-xs">
      {from === null ? "set to " : <Value value={from} />}
      {from !== null && (
        <>
          {" "}
          <span aria-hidden="true">→</span>
          <span className="sr-only">changed to</span>{" "}
        </>
      )}
      {to === null ? <span className="italic">removed</span> : <Value value={to} />}
    </span>
  );
}

/** What an event did to logging: warn (it can stop logs) or info, each change with its setting path and values. */
export function LoggingChange({ change }: { change: RecordChange }) {
  const warn = change.level === "warn";
  const Icon = warn ? AlertIcon : InfoIcon;
  // With one change the summary already says what it did: only its path and values are added.
  const single = change.changes.length === 1;
  return (
    <div
      role="group"
      aria-label="Change to logging"
      data-level={change.level}
      className={cn(
        "rounded-lg border-l-4 px-3 py-2.5 text-sm",
        warn ? "border-amber-500 bg-amber-50 text-amber-950" : "border-sky-500 bg-sky-50 text-sky-950",
      )}
    >
      <div className="flex flex-wrap items-center gap-2">
        <Icon className={cn("size-4", warn ? "text-amber-700" : "text-sky-700")} />
        <Badge tone={warn ? "amber" : "sky"}>{warn ? "Can stop logs" : "Logging change"}</Badge>
        {change.failed && <Badge tone="outline">Attempted: the call failed, nothing changed</Badge>}
      </div>
      <p className="mt-1.5 font-medium [overflow-wrap:anywhere]">{displayName(change.summary, 600)}</p>
      {change.changes.length > 0 && (
        <ul className="mt-1 space-y-1">
          {change.changes.map((item, i) => (
            <li key={i} className="flex flex-wrap items-center gap-x-2 gap-y-1 [overflow-wrap:anywhere]">
              {!single && <span>{displayName(item.description, 400)} </span>}
              {item.path && (
                <code className="font-mono text-xs text-slate-700">{displayName(item.path, 200)}</code>
              )}{" "}
              <Values change={item} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
