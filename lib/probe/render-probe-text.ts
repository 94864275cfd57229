import { renderLine, wrap } from "../find-request/render-text";
import type { LogKindId } from "../find-request/targets";
import type { ProbeResponse } from "./send-probe";
import type { ArrivalKind, ArrivalResult, ArrivalStatus } from "./watch-arrival";

const shortNames: Record<LogKindId, string> = {
  access: "access",
  "access-canary": "canary access",
  execution: "execution",
  "execution-canary": "canary execution",
};
/** Access first: it is the chain every probe can prove; execution logs need a path that reaches a method. */
const order: LogKindId[] = ["access", "access-canary", "execution", "execution-canary"];

const statusWords: Record<Exclude<ArrivalStatus, "arrived">, string> = {
  "not-arrived": "not arrived",
  "could-not-search": "could not search",
  "not-searchable": "cannot be searched",
};

/** "arrived after ~2 s" or "not arrived — <the most telling reason>", one log kind. */
export function arrivalPhrase(kind: ArrivalKind): string {
  if (kind.status === "arrived") return `arrived after ~${Math.round((kind.arrivedAfterMs ?? 0) / 1000)} s`;
  const reason = kind.why[0];
  return reason ? `${statusWords[kind.status]} — ${reason.replace(/\.$/, "")}` : statusWords[kind.status];
}

/** One line for all kinds: "access: arrived after ~2 s; execution: not arrived — …". */
export function arrivalSummary(kinds: ArrivalKind[]): string {
  return inOrder(kinds)
    .map((kind) => `${shortNames[kind.kind]}: ${arrivalPhrase(kind)}`)
    .join("; ");
}

export function renderProbeText(
  sent: { method: string; url: string },
  response: ProbeResponse,
  arrival: ArrivalResult,
): string {
  const out: string[] = [];
  out.push(...wrap(`Sent ${sent.method} ${sent.url}`, "", "  "));
  out.push(
    ...wrap(
      `Answer: HTTP ${response.status}${response.requestId ? `, request id ${response.requestId.id} (${response.requestId.header})` : ""}`,
      "",
      "  ",
    ),
  );
  if (response.bodyStart.trim() !== "")
    out.push(...wrap(`Body: ${response.bodyStart.trim().replace(/\s+/g, " ").slice(0, 200)}`, "", "  "));
  out.push(
    `Searched the logs for ${Math.round(arrival.waitedMs / 1000)} s (${arrival.polls} search${arrival.polls === 1 ? "" : "es"}).`,
  );
  out.push("", ...wrap(`${arrivalSummary(arrival.kinds)}.`, "", ""));
  for (const kind of inOrder(arrival.kinds)) {
    out.push("", `${kind.label}: ${kind.status === "arrived" ? arrivalPhrase(kind) : statusWords[kind.status]}`);
    if (kind.logGroupName) out.push(...wrap(`log group ${kind.logGroupName}`, "  ", "  "));
    for (const line of kind.lines.slice(0, 5)) out.push(...renderLine(line));
    for (const reason of kind.why) out.push(...wrap(reason, "  - ", "    "));
  }
  return `${out.join("\n")}\n`;
}

/** Access first, as the summary reads. */
export function inOrder(kinds: ArrivalKind[]): ArrivalKind[] {
  return [...kinds].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
}
