import { causeLabel, checkDocs, findingTitle } from "../../checks/registry";
import { contradictionNote } from "../../diagnosis/contradiction";
import { apiTypeLabels, statusLabels, verdictLabels } from "../../diagnosis/labels";
import { findStageLogs, stageLogPlaces } from "../../diagnosis/stage-log-places";
import type { Evidence, Finding, Fix, Verdict } from "../../diagnosis/types";
import { displayName, displayRegion } from "../../text/display-text";
import { formatUtc } from "../../text/format";
import type { Report } from "../report";
import { reportView, type StageSection } from "../report-view";
import { html, Markup, safeHref } from "./html";
import { historyHtml } from "./history-html";
import { reportCss } from "./style";

// Nothing in the file may load or run anything, even if a browser opened it from a web server: no scripts, no
// fetches; only the inline stylesheet. Links stay links.
const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The self-contained HTML download: one file with the report page's content (summary, verdicts, region-wide
 * problems, each stage's causes and fixes, history) that reads the same opened from disk with no server. Built from
 * the stored report, which was redacted before it was stored, so it shows exactly what the page shows.
 */
export function reportHtml(report: Report, link?: string): string {
  const view = reportView(report.diagnosis);
  const { diagnosis } = report;
  const body = html` <header>
      <p class="eyebrow">Log Doctor report</p>
      <h1>${displayName(report.title, 200)}</h1>
      <p class="summary" data-summary>${displayName(view.summary, 2000)}</p>
      ${report.focus ? html`<p class="note">This report covers one stage, shared from its page.</p>` : null}
      <dl class="meta">
        <div>
          <dt>Account</dt>
          <dd><code>${diagnosis.account === null ? "unknown" : displayName(diagnosis.account, 40)}</code></dd>
        </div>
        <div>
          <dt>Regions</dt>
          <dd><code>${diagnosis.regions.map(displayRegion).join(", ") || "none"}</code></dd>
        </div>
        <div>
          <dt>Scanned</dt>
          <dd>${formatUtc(diagnosis.capturedAt)}</dd>
        </div>
        <div>
          <dt>Saved</dt>
          <dd>${formatUtc(report.createdAt)}</dd>
        </div>
        <div>
          <dt>Log Doctor</dt>
          <dd><code>${report.engineVersion}</code></dd>
        </div>
      </dl>
      <p class="note">
        ${report.redacted ? "Redacted: account ids, access key ids, IP addresses and principal names are masked (account-1, ip-1, …); replace them before running a fix." : "Not redacted: this report shows account ids, access key ids, IP addresses and principal names as recorded."}
      </p>
      ${safeHref(link) ? html`<p class="note">Online version (while the report has not expired): <a href="${link}">${link}</a></p>` : null}
    </header>
    <main>
      <h2>Verdicts</h2>
      <div class="table-wrap">
        <table aria-label="Verdicts per API stage">
          <thead>
            <tr>
              <th>Region</th>
              <th>API</th>
              <th>Type</th>
              <th>Stage</th>
              <th>Execution logs</th>
              <th>Access logs</th>
              <th>First cause</th>
            </tr>
          </thead>
          <tbody>
            ${view.rows.map(
              ({ region, api, stage, firstCause }) =>
                html` <tr data-region="${region}" data-api="${api.id}" data-stage="${stage?.name ?? ""}">
                  <td><code>${displayRegion(region)}</code></td>
                  <td>${displayName(api.name, 80)} <code>(${displayName(api.id, 40)})</code></td>
                  <td>${apiTypeLabels[api.type]}</td>
                  <td><code>${stage ? displayName(stage.name, 80) : "—"}</code></td>
                  ${
                    stage
                      ? html`<td>${pill(stage.execution.verdict)}</td>
                          <td>${pill(stage.access.verdict)}</td>`
                      : html`<td colspan="2">stages could not be read</td>`
                  }
                  <td>${firstCause ? causeLabel(firstCause) : ""}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${view.regions.map(
        ({ region, findings }) =>
          html` <section data-region-section="${region}">
            <h2>${displayRegion(region)}: region-wide problems</h2>
            <p class="note">These affect every REST and WebSocket API of the region, so they come first.</p>
            ${findings.map((f) => findingHtml(f, report.redacted))}
          </section>`,
      )}
      ${view.apis.map(
        ({ region, api, findings }) =>
          html` <section>
            <h2>${displayName(api.name, 80)} (${displayName(api.id, 40)}), ${displayRegion(region)}</h2>
            ${findings.map((f) => findingHtml(f, report.redacted))}
          </section>`,
      )}
      ${
        view.stages.length > 0
          ? html`<h2>Causes and fixes per stage</h2>
              ${view.stages.map((s) => stageHtml(s, report))}`
          : null
      }
      ${
        view.global.length > 0
          ? html`<h2>Requests API Gateway never logs</h2>
              ${view.global.map((f) => findingHtml(f, report.redacted))}`
          : null
      }
      ${historyHtml(report.timeline)}
    </main>
    <footer class="note">
      Saved ${formatUtc(report.createdAt)} by Log Doctor ${report.engineVersion}; the account was scanned
      ${formatUtc(diagnosis.capturedAt)}. A read-only snapshot: it does not change when the account does.
    </footer>`;
  return `<!doctype html>
${html`<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="${csp}" />
    <meta name="referrer" content="no-referrer" />
    <meta name="robots" content="noindex, nofollow" />
    <title>${displayName(report.title, 200)} · Log Doctor report</title>
    <style>
      ${new Markup(reportCss)}
    </style>
  </head>
  <body>
    ${body}
  </body>
</html>`}
`;
}

function pill(verdict: Verdict): Markup {
  return html`<span class="pill ${verdict}" data-verdict="${verdict}">${verdictLabels[verdict]}</span>`;
}

function stageHtml(section: StageSection, report: Report): Markup {
  const { api, stage, region, causes, notes } = section;
  const facts = findStageLogs(report.logs, region, api.id, stage.name);
  return html` <section class="stage" data-api="${api.id}" data-stage="${stage.name}">
    <h3>
      ${apiTypeLabels[api.type]} ${displayName(api.name, 80)} <code>(${displayName(api.id, 40)})</code> · stage
      <code>${displayName(stage.name, 80)}</code> · ${displayRegion(region)}
    </h3>
    <p>Execution logs ${pill(stage.execution.verdict)} Access logs ${pill(stage.access.verdict)}</p>
    ${
      facts
        ? html`<p class="label">Where the logs are</p>
            <ul>
              ${stageLogPlaces(facts).map((p) => html`<li>${p.label}: ${p.where === "group" && p.name !== null ? html`<code>${displayName(p.name, 512)}</code>: ` : null}${p.summary}</li>`)}
            </ul>`
        : null
    }
    ${causes.map((f) =>
      f.api === null
        ? html`<p class="region-cause">
            <span class="pill ${f.status}" data-status="${f.status}">${statusLabels[f.status]}</span>
            <strong>${causeLabel(f.check)}</strong> — a region-wide cause, see ${displayRegion(region)} above
          </p>`
        : findingHtml(f, report.redacted),
    )}
    ${
      notes.length > 0
        ? html`<p class="label">Also found (not causes of this stage's missing logs)</p>
            ${notes.map((f) => findingHtml(f, report.redacted))}`
        : null
    }
  </section>`;
}

function findingHtml(finding: Finding, redacted: boolean): Markup {
  const docs = safeHref(checkDocs(finding.check));
  const note = contradictionNote(finding);
  return html` <article
    class="finding s-${finding.status}"
    data-check="${finding.check}"
    data-status="${finding.status}"
  >
    <span class="pill ${finding.status}">${statusLabels[finding.status]}</span>
    <p class="finding-title">${findingTitle(finding)}</p>
    <p data-message>${displayName(finding.message, 2000)}</p>
    <p class="note">
      Check
      <code>${finding.check}</code>${finding.target ? html` · <code>${displayName(finding.target, 200)}</code>` : null}
    </p>
    ${note ? html`<p><strong>But:</strong> ${displayName(note, 2000)}</p>` : null} ${evidenceHtml(finding.evidence)}
    ${finding.fix && finding.status !== "pass" ? fixHtml(finding.fix, redacted) : null}
    ${docs ? html`<p><a href="${docs}">AWS documentation</a></p>` : null}
  </article>`;
}

function evidenceHtml(evidence: Evidence[]): Markup | null {
  if (evidence.length === 0) return null;
  const value = (v: unknown) =>
    typeof v === "string" ? v : v === undefined ? "(absent)" : (JSON.stringify(v, null, 2) ?? String(v));
  return html`<details open>
    <summary>Evidence (${evidence.length})</summary>
    <ul class="evidence">
      ${evidence.map(
        (e) =>
          html`<li>
            <code>${displayName(e.field, 300)}</code>
            <span class="note">from <code>${displayName(e.call, 120)}</code></span>
            <pre>${displayName(value(e.value), 4000)}</pre>
          </li>`,
      )}
    </ul>
  </details>`;
}

function fixHtml(fix: Fix, redacted: boolean): Markup {
  const masked =
    redacted &&
    /\b(?:account|ip|access-key|principal|unique-id)-\d+\b/.test(
      [fix.cli, fix.cloudformation, fix.terraform, ...(fix.console ?? [])].join("\n"),
    );
  return html`<div class="fix" data-fix>
    <p><strong>Fix:</strong> ${displayName(fix.summary, 2000)}</p>
    ${masked ? html`<p class="note">Masked values (account-1, ip-1, …) must be replaced with the real ones before running this.</p>` : null}
    ${
      fix.cli
        ? html`<p class="label">AWS CLI</p>
            <pre data-cli><code>${displayName(fix.cli, 20_000)}</code></pre>`
        : null
    }
    ${
      fix.console?.length
        ? html`<p class="label">In the AWS console</p>
            <ol>
              ${fix.console.map((step) => html`<li>${displayName(step, 2000)}</li>`)}
            </ol>`
        : null
    }
    ${
      fix.cloudformation || fix.terraform
        ? html`<details>
            <summary>Infrastructure as code</summary>
            ${
              fix.cloudformation
                ? html`<p class="label">CloudFormation</p>
                    <pre><code>${displayName(fix.cloudformation, 20_000)}</code></pre>`
                : null
            }${
              fix.terraform
                ? html`<p class="label">Terraform</p>
                    <pre><code>${displayName(fix.terraform, 20_000)}</code></pre>`
                : null
            }
          </details>`
        : null
    }
  </div>`;
}
