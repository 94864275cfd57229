import type { Model } from "../model/types";

/**
 * A cache that lives as long as one model: checks ask the same question per stage (a region's policies, the same
 * access-log format on hundreds of stages), and a diagnosis should not pay for it each time.
 */
export function perModel<K, V>(): (model: Model, key: K, compute: () => V) => V {
  const caches = new WeakMap<Model, Map<K, V>>();
  return (model, key, compute) => {
    let cache = caches.get(model);
    if (!cache) caches.set(model, (cache = new Map()));
    if (cache.has(key)) return cache.get(key)!;
    const value = compute();
    cache.set(key, value);
    return value;
  };
}
