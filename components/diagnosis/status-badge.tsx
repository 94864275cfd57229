import type { Status, Verdict } from "@/lib/diagnosis/types";
import type { StepStatus } from "@/lib/wizard/status";
import { AlertIcon, CheckIcon, CrossIcon, InfoIcon, MinusIcon, QuestionIcon } from "../ui/icons";
import { Badge, type BadgeTone } from "../ui/badge";

type Look = { tone: BadgeTone; label: string; Icon: (p: { className?: string }) => React.ReactNode };

const statusLooks: Record<StepStatus | "clear", Look> = {
  fail: { tone: "red", label: "Fail", Icon: CrossIcon },
  warn: { tone: "amber", label: "Warning", Icon: AlertIcon },
  unknown: { tone: "violet", label: "Could not check", Icon: QuestionIcon },
  info: { tone: "sky", label: "Info", Icon: InfoIcon },
  pass: { tone: "green", label: "Pass", Icon: CheckIcon },
  "not-applicable": { tone: "slate", label: "Not applicable", Icon: MinusIcon },
  clear: { tone: "slate", label: "Nothing found", Icon: CheckIcon },
};

const verdictLooks: Record<Verdict, Look> = {
  missing: { tone: "red", label: "Missing", Icon: CrossIcon },
  partial: { tone: "amber", label: "Partial", Icon: AlertIcon },
  unknown: { tone: "violet", label: "Unknown", Icon: QuestionIcon },
  delivered: { tone: "green", label: "Delivered", Icon: CheckIcon },
  expected: { tone: "sky", label: "Expected", Icon: InfoIcon },
  "not-supported": { tone: "slate", label: "Not supported", Icon: MinusIcon },
};

export function statusLabel(status: StepStatus | "clear"): string {
  return statusLooks[status].label;
}

export function verdictLabel(verdict: Verdict): string {
  return verdictLooks[verdict].label;
}

export function StatusBadge({ status, size }: { status: StepStatus | "clear" | Status; size?: "sm" | "md" }) {
  const { tone, label, Icon } = statusLooks[status];
  return (
    <Badge tone={tone} size={size}>
      <Icon className={size === "md" ? "size-4" : "size-3.5"} />
      {label}
    </Badge>
  );
}

/** A verdict always carries its word, never colour alone; `kind` names the log kind for screen readers. */
export function VerdictBadge({ verdict, kind, size }: { verdict: Verdict; kind?: string; size?: "sm" | "md" }) {
  const { tone, label, Icon } = verdictLooks[verdict];
  return (
    <Badge tone={tone} size={size}>
      <Icon className={size === "md" ? "size-4" : "size-3.5"} />
      {kind && <span className="sr-only">{kind} logs: </span>}
      {label}
    </Badge>
  );
}

const dotColours: Record<BadgeTone, string> = {
  red: "text-red-600",
  amber: "text-amber-600",
  violet: "text-violet-600",
  sky: "text-sky-600",
  green: "text-emerald-600",
  slate: "text-slate-500",
  outline: "text-slate-500",
};

/** The status as an icon with its word for screen readers: for dense places such as a table cell. */
export function StatusIcon({ status }: { status: Status }) {
  const { tone, label, Icon } = statusLooks[status];
  return (
    <span className={`inline-flex shrink-0 ${dotColours[tone]}`}>
      <Icon className="size-4" />
      <span className="sr-only">{label}: </span>
    </span>
  );
}
