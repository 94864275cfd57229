// Client-safe: no engine imports here (the overview island builds its links with these).

/** Stage names longer than AWS allows (128) come only from crafted captures: address those by position. */
const MAX_STAGE_SEGMENT = 128;

export interface StageAddress {
  source: string;
  region: string;
  apiId: string;
  stage: string;
  /** The stage's position in its API, used when the name cannot be a URL segment. */
  index: number;
}

const seg = encodeURIComponent;

export function stageSegment(stage: string, index: number): string {
  return stage.length > MAX_STAGE_SEGMENT || stage.startsWith("~") ? `~${index}` : stage;
}

export function symptomQuery(symptoms: readonly string[]): string {
  if (symptoms.length === 0) return "";
  return `?${symptoms.map((s) => `symptom=${encodeURIComponent(s)}`).join("&")}`;
}

export function overviewHref(source: string): string {
  return `/diagnose/${seg(source)}`;
}

export function regionHref(source: string, region: string): string {
  return `${overviewHref(source)}/${seg(region)}`;
}

export function stageHref(address: StageAddress, symptoms: readonly string[] = []): string {
  return `${overviewHref(address.source)}/${seg(address.region)}/${seg(address.apiId)}/${seg(stageSegment(address.stage, address.index))}${symptomQuery(symptoms)}`;
}

export function stepHref(address: StageAddress, step: string, symptoms: readonly string[] = []): string {
  return `${stageHref(address)}/${seg(step)}${symptomQuery(symptoms)}`;
}

/** Next hands dynamic segments over still percent-encoded (`$default` arrives as `%24default`); null when malformed. */
export function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
