import { ReportDocument } from "@/components/report/report-document";
import { CredentialsHelp } from "@/components/runbook/credentials-help";
import { LogSearchPanel } from "@/components/find-request/log-search-panel";
import { RunbookAnswer } from "@/components/runbook/runbook-answer";
import { RunbookHeading } from "@/components/runbook/runbook-heading";
import { RunbookNotice } from "@/components/runbook/runbook-notice";
import { RunbookStart } from "@/components/runbook/runbook-start";
import { reportView } from "@/lib/reports/report-view";
import type { RunbookTarget } from "@/lib/runbook/target";
import { overallTone, stageAnswers } from "@/lib/runbook/headline";
import { rememberScan } from "@/lib/runbook/recent-scans";
import { runbookCacheSeconds, runRunbookShared } from "@/lib/runbook/coalesce";
import { SaveRunbookReport } from "./page-client";

/** Runs the scan (the slow part, streamed in) and lays out its outcome. */
export async function RunbookResult({ target }: { target: RunbookTarget }) {
  const outcome = await runRunbookShared(target);
  if (outcome.kind === "busy") return <RunbookStart target={target} reason="busy" message={outcome.message} />;
  const scannedAt = new Date().toISOString();
  if (outcome.kind === "no-credentials") {
    return (
      <>
        <RunbookHeading target={target} scannedAt={scannedAt} />
        <CredentialsHelp detail={outcome.detail} />
      </>
    );
  }
  if (outcome.kind === "api-not-found" || outcome.kind === "stage-not-found") {
    return (
      <>
        <RunbookHeading target={target} scannedAt={scannedAt} />
        <RunbookNotice outcome={outcome} />
      </>
    );
  }
  const { diagnosis, timelines, capture, logs } = outcome;
  const answers = stageAnswers(diagnosis);
  const tone = answers.length > 0 ? overallTone(answers) : "unknown";
  const title =
    answers.length === 1
      ? answers[0].title
      : answers.length === 0
        ? "Cannot tell: the API's stages could not be read"
        : overallTitle(tone);
  const scan = rememberScan(capture, { diagnosis, timelines, logs });
  // A link to the whole API has no one stage to search unless the API has only one.
  const searchStage = target.stage ?? (answers.length === 1 ? answers[0].stage.name : undefined);
  return (
    <>
      <RunbookHeading
        target={target}
        scannedAt={diagnosis.capturedAt}
        api={diagnosis.apis[0]}
        durationMs={outcome.durationMs}
        reuseSeconds={runbookCacheSeconds()}
      />
      <RunbookAnswer answers={answers} overall={{ tone, title }} />
      {searchStage && (
        <LogSearchPanel
          target={{ source: "runbook", region: target.region, apiId: target.apiId, stage: searchStage }}
          live
        />
      )}
      <SaveRunbookReport scan={scan} />
      <ReportDocument
        view={reportView(diagnosis)}
        timeline={timelines}
        redacted={false}
        logs={logs}
        capturedAt={diagnosis.capturedAt}
      />
    </>
  );
}

function overallTitle(tone: ReturnType<typeof overallTone>): string {
  switch (tone) {
    case "flowing":
      return "Logs are flowing on every stage";
    case "missing":
      return "Logs are missing on some stages";
    case "partial":
      return "Only some requests are logged on some stages";
    case "unknown":
      return "Cannot tell for some stages: a setting could not be read";
    case "quiet":
      return "Nothing stops the logs, but none arrived recently";
  }
}
