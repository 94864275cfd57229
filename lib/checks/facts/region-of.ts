import type { Model, Region } from "../../model/types";

const indexes = new WeakMap<Model, Map<string, Region>>();

/** The region a stage or finding belongs to, by name (indexed once per model: checks ask per stage). */
export function regionOf(model: Model, name: string): Region {
  let index = indexes.get(model);
  if (!index) indexes.set(model, (index = new Map(model.regions.map((r) => [r.name, r]))));
  const region = index.get(name);
  if (!region) throw new Error(`no region ${name} in the model`);
  return region;
}
