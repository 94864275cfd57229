import { describe, expect } from "vitest";
import { validateCapture } from "../../capture/parse-capture";
import type { Capture } from "../../capture/schema";
import type { Evidence, Finding, Status } from "../../diagnosis/types";
import { readModel } from "../../model/read-model";
import type { Model } from "../../model/types";
import { capture, type CaptureBuilder } from "../../../testing/capture-builder";
import type { Check } from "../../engine/define-check";
import { shellQuote } from "../fixes/shell";

const readingCases = Symbol.for("log-doctor/catalog-reads-cases");
type CatalogFlag = typeof globalThis & { [readingCases]?: boolean };

/**
 * A check's table test: `describe(check.id, body)`. Left out while catalog.test.ts imports the file only to run its
 * exported `cases` (so the catalog asserts on real cases, and the tests are not registered twice).
 */
export function describeCheck(check: Check, body: () => void): void {
  if ((globalThis as CatalogFlag)[readingCases]) return;
  describe(check.id, body);
}

/** Imports a check's test file for its exports (`cases`, `noUnknownCase`) without registering its tests. */
export async function importTable(load: () => Promise<Record<string, unknown>>): Promise<Record<string, unknown>> {
  (globalThis as CatalogFlag)[readingCases] = true;
  try {
    return await load();
  } finally {
    (globalThis as CatalogFlag)[readingCases] = false;
  }
}

/** Runs one check on a capture (validated like an uploaded one, so a malformed test capture fails loudly). */
export function findingsOf(
  check: Check,
  source: CaptureBuilder | Capture,
  symptoms: readonly string[] = [],
): Finding[] {
  return check.run({ model: modelOf(source), symptoms: new Set(symptoms) });
}

/** The model of a test capture, validated like an uploaded one. */
export function modelOf(source: CaptureBuilder | Capture): Model {
  const built = "build" in source ? source.build() : source;
  const parsed = validateCapture(JSON.parse(JSON.stringify(built)));
  if (!parsed.ok) throw new Error(`test capture is invalid: ${parsed.error}`);
  return readModel(parsed.capture);
}

type Fragment = string | RegExp;

/** What a test expects of one finding. Location fields default to a region-wide finding in us-east-1. */
export interface Expected {
  status: Status;
  region?: string | null;
  /** The API's id. */
  api?: string | null;
  stage?: string | null;
  target?: string | null;
  /** Text the message must contain: the values that prove the finding. */
  says?: Fragment[];
  /** Entries the evidence must contain (each matched as a subset of one entry). */
  evidence?: Partial<Evidence>[];
  /** Text the fix's CLI must contain: the real ids, quoted as a POSIX shell needs them. */
  cli?: Fragment[];
  /** Text the fix's CLI must not contain (a command that would fail when pasted, e.g. creating what exists). */
  cliLacks?: string[];
  /** Text the fix's console steps must contain (for fixes with no CLI). */
  console?: Fragment[];
}

export interface Case {
  name: string;
  capture: () => CaptureBuilder | Capture;
  symptoms?: string[];
  expected: Expected[];
}

/** Asserts the findings, in order, and the contract every status carries (fixes on fail/warn, a call on unknown). */
export function expectFindings(actual: Finding[], expected: Expected[]): void {
  const summary = actual.map(
    (f) => `${f.status} ${f.region}/${f.api?.id ?? "-"}/${f.stage ?? "-"}/${f.target ?? "-"}: ${f.message}`,
  );
  expect(summary, "number of findings").toHaveLength(expected.length);
  expected.forEach((want, i) => expectFinding(actual[i], want));
}

function expectFinding(finding: Finding, want: Expected): void {
  expect({
    status: finding.status,
    region: finding.region,
    api: finding.api?.id ?? null,
    stage: finding.stage,
    target: finding.target,
  }).toEqual({
    status: want.status,
    region: want.region === undefined ? "us-east-1" : want.region,
    api: want.api ?? null,
    stage: want.stage ?? null,
    target: want.target ?? null,
  });
  for (const fragment of want.says ?? []) expectContains(finding.message, fragment);
  for (const entry of want.evidence ?? []) expect(finding.evidence).toContainEqual(expect.objectContaining(entry));

  if (finding.status === "fail" || finding.status === "warn") {
    expect(finding.fix, `${finding.check} ${finding.status} has a fix`).toBeDefined();
    expect(finding.fix!.summary.length).toBeGreaterThan(0);
    expect(
      Boolean(finding.fix!.cli) || (finding.fix!.console?.length ?? 0) > 0,
      "the fix says what to run or click",
    ).toBe(true);
  }
  if (finding.fix?.cli) expectCliNamesLocation(finding, finding.fix.cli);
  if (finding.status === "pass") expect(finding.fix).toBeUndefined();
  if (finding.status === "unknown") {
    expect(finding.evidence.length, "an unknown names the call it could not read").toBeGreaterThan(0);
    expect(finding.evidence[0].call).toMatch(/^[a-z0-9-]+:[A-Z]\w+$/);
  }
  if (want.cli) {
    expect(finding.fix?.cli, "the fix has a CLI command").toBeDefined();
    for (const fragment of want.cli) expectContains(finding.fix!.cli!, fragment);
  }
  for (const text of want.cliLacks ?? []) expect(finding.fix?.cli ?? "").not.toContain(text);
  for (const fragment of want.console ?? []) expectContains((finding.fix?.console ?? []).join("\n"), fragment);
}

/** A fix's commands act on the finding's own region (and update-stage on its API and stage), quoted for a POSIX shell. */
function expectCliNamesLocation(finding: Finding, cli: string): void {
  const regional = cli.split("\n").filter((command) => !command.startsWith("aws iam "));
  if (finding.region)
    for (const command of regional)
      expect(command, "each regional command names the region").toContain(`--region ${finding.region} `);
  for (const command of cli.split("\n").filter((line) => / update-stage /.test(line))) {
    if (finding.api) expect(command).toMatch(new RegExp(`--(rest-)?api-id ${finding.api.id} `));
    if (finding.stage) expect(command).toContain(`--stage-name ${shellQuote(finding.stage)} `);
  }
}

function expectContains(text: string, fragment: Fragment): void {
  if (typeof fragment === "string") expect(text).toContain(fragment);
  else expect(text).toMatch(fragment);
}

/** A capture of us-east-1 in which no AWS call at all was collected: what a check needs is all missing. */
export function nothingCollected(): CaptureBuilder {
  return capture({ role: null })
    .without("sts", "GetCallerIdentity")
    .without("sts", "GetSessionToken")
    .without("apigateway", "GetAccount")
    .withoutListing("apigateway")
    .withoutListing("apigatewayv2");
}
