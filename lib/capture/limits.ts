// Bounds on what one capture may hold, so the work (and memory) any input can cause is bounded before the engine
// or a page sees it. Each is far above a real account: AWS has fewer than 40 regions per partition, a 10,000-stage
// account records about 16,000 calls in its busiest region, and AWS list pages hold at most a few hundred items.
export const MAX_REGIONS = 64;
export const MAX_CALLS_PER_REGION = 100_000;
/** Items in any one array of a call (a listing page): below the ~120,000 where spreading one page overflows V8's stack. */
export const MAX_LISTING_ITEMS = 50_000;
/**
 * Items in all listings of a capture together: bounds the stages, log groups and events the engine and the pages
 * handle. A 10,000-stage account holds about 47,000; this leaves room for 200,000 stages or a busy CloudTrail.
 */
export const MAX_CAPTURE_ITEMS = 1_000_000;
/** AWS responses nest fewer than 10 levels; deeper input only serves to overflow recursive code (JSON.stringify). */
export const MAX_NESTING = 32;

/** Counts listing items across the calls of one capture. */
export interface ItemBudget {
  items: number;
}

/**
 * Why one call's members break a limit, or null. Iterative, and it stops at the first problem, so a 100,000-level
 * or 2,000,000-item member costs no more than reading it once.
 */
export function callShapeProblem(call: Record<string, unknown>, budget: ItemBudget = { items: 0 }): string | null {
  for (const member of Object.keys(call)) {
    const problem = shapeProblem(call[member], budget);
    if (problem) return `${member} ${problem}`;
  }
  return null;
}

function shapeProblem(root: unknown, budget: ItemBudget): string | null {
  const values: unknown[] = [root];
  const depths: number[] = [1];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth > MAX_NESTING) return `is nested more than ${MAX_NESTING} levels deep (the nesting limit)`;
    if (Array.isArray(value)) {
      if (value.length > MAX_LISTING_ITEMS) {
        return `has a listing of ${count(value.length)} items, more than the limit of ${count(MAX_LISTING_ITEMS)} per listing`;
      }
      budget.items += value.length;
      if (budget.items > MAX_CAPTURE_ITEMS) {
        return `brings the capture's listings to more than ${count(MAX_CAPTURE_ITEMS)} items in all (the limit per capture)`;
      }
      for (const item of value) if (item !== null && typeof item === "object") push(item, depth + 1);
    } else {
      let members = 0;
      for (const key in value) {
        if (++members > MAX_LISTING_ITEMS)
          return `has an object of more than ${count(MAX_LISTING_ITEMS)} members (the listing limit)`;
        const item = (value as Record<string, unknown>)[key];
        if (item !== null && typeof item === "object") push(item, depth + 1);
      }
    }
  }
  return null;

  function push(item: unknown, depth: number) {
    values.push(item);
    depths.push(depth);
  }
}

export function count(n: number): string {
  return n.toLocaleString("en-US");
}
