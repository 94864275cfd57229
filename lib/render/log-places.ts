import { stageLogPlaces, type StageLogFacts } from "../diagnosis/stage-log-places";
import { markdownText, visible } from "./escape";

/** Facts of the diagnosis' stages only (a focused diagnosis keeps the capture's other stages out), in its order. */
function shownFacts(
  logs: readonly StageLogFacts[],
  stages: readonly { region: string; apiId: string; stage: string }[],
): StageLogFacts[] {
  return stages.flatMap(
    (s) => logs.find((f) => f.region === s.region && f.apiId === s.apiId && f.stage === s.stage) ?? [],
  );
}

/**
 * An inline code span whose fence is longer than any backtick run inside (CommonMark), padded when it starts or ends
 * with one. A name with `<`, `>` or `&` is escaped text instead: not every renderer (Jira) keeps code spans literal.
 */
export function inlineCode(text: string): string {
  if (/[<>&]/.test(text)) return markdownText(text);
  const safe = visible(text);
  const fence = "`".repeat(Math.max(0, ...[...safe.matchAll(/`+/g)].map((m) => m[0].length)) + 1);
  const pad = safe.startsWith("`") || safe.endsWith("`") ? " " : "";
  return `${fence}${pad}${safe}${pad}${fence}`;
}

/** "## Where the logs are": per stage, each group with its newest event and console links (angle-bracketed: the URLs hold parentheses). */
export function markdownLogPlaces(
  logs: readonly StageLogFacts[],
  stages: readonly { region: string; apiId: string; stage: string }[],
): string[] {
  const facts = shownFacts(logs, stages);
  if (facts.length === 0) return [];
  const out = [
    "",
    "## Where the logs are",
    "",
    "Newest events as the scan saw them; ages are measured from the capture time.",
    "",
  ];
  for (const stage of facts) {
    out.push(`- ${inlineCode(stage.apiId)} stage ${inlineCode(stage.stage)} · ${markdownText(stage.region)}`);
    for (const place of stageLogPlaces(stage)) {
      const links = [
        place.groupUrl && `[log group](<${place.groupUrl}>)`,
        place.insightsUrl && `[Logs Insights](<${place.insightsUrl}>)`,
      ]
        .filter(Boolean)
        .join(" · ");
      const name = place.where === "group" && place.name !== null ? `${inlineCode(place.name)}: ` : "";
      out.push(`  - ${place.label}: ${name}${markdownText(place.summary, 600)}${links ? ` — ${links}` : ""}`);
    }
  }
  return out;
}

/** The text report's lines for one stage: each group, its newest event, and the log group's console link. */
export function textLogPlaces(
  logs: readonly StageLogFacts[] | null | undefined,
  region: string,
  apiId: string,
  stage: string,
  indent: string,
): string[] {
  const facts = logs?.find((f) => f.region === region && f.apiId === apiId && f.stage === stage);
  if (!facts) return [];
  return stageLogPlaces(facts).flatMap((place) => {
    // "go to" only before a group's name: other places (an HTTP API's execution logs, a Firehose stream) are a sentence.
    const line =
      place.where === "group" && place.name !== null
        ? `${indent}${place.label.toLowerCase()} go to ${visible(place.name)}: ${visible(place.summary, 600)}`
        : `${indent}${place.label.toLowerCase()}: ${visible(place.summary, 600)}`;
    return place.groupUrl ? [line, `${indent}  ${place.groupUrl}`] : [line];
  });
}
