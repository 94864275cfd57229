import { groupDiagnosis, type ApiView, type RegionView } from "../diagnosis/group";
import type { Diagnosis } from "../diagnosis/types";
import { decodeSegment } from "./routes";
import { loadDiagnosis, type SourceInfo } from "../sources/sources";

export interface LoadedRegion {
  info: SourceInfo;
  diagnosis: Diagnosis;
  region: RegionView;
}

/** A region of a diagnosis with its region-wide findings and APIs, or null (→ 404) when there is no such region. */
export async function loadRegion(params: { source: string; region: string }): Promise<LoadedRegion | null> {
  const [source, regionName] = [decodeSegment(params.source), decodeSegment(params.region)];
  if (source === null || regionName === null) return null;
  const loaded = await loadDiagnosis(source);
  if (!loaded) return null;
  const region = groupDiagnosis(loaded.diagnosis).regions.find((r) => r.region === regionName);
  return region ? { info: loaded.info, diagnosis: loaded.diagnosis, region } : null;
}

/** One API of a region: found whether or not its stages could be read, so an unreadable API has a page, not a 404. */
export async function loadApi(params: {
  source: string;
  region: string;
  apiId: string;
}): Promise<(LoadedRegion & { api: ApiView }) | null> {
  const apiId = decodeSegment(params.apiId);
  const loaded = apiId === null ? null : await loadRegion(params);
  const api = loaded?.region.apis.find((a) => a.api.id === apiId);
  return loaded && api ? { ...loaded, api } : null;
}
