import type { AwsError } from "../capture/schema";
import type { CallRunner, CallSpec } from "./call-runner";

/** Where an operation keeps its page token: the input member, and the output member that carries the next one. */
export interface PageToken {
  input: string;
  output: string;
  /** IAM says whether more pages follow with `IsTruncated`, and leaves `Marker` set on the last page. */
  truncatedFlag?: string;
}

export const pageTokens = {
  apigateway: { input: "position", output: "position" },
  apigatewayv2: { input: "NextToken", output: "NextToken" },
  logs: { input: "nextToken", output: "nextToken" },
  cloudtrail: { input: "NextToken", output: "NextToken" },
  account: { input: "NextToken", output: "NextToken" },
  iam: { input: "Marker", output: "Marker", truncatedFlag: "IsTruncated" },
} satisfies Record<string, PageToken>;

export interface Pages {
  outputs: Record<string, unknown>[];
  /** Set when a page failed: the outputs before it are kept, the listing is incomplete. */
  error?: AwsError;
}

/**
 * Runs a paginated operation to its last page, one recorded call per page with the token in its input. Stops
 * if the service hands back a token it already gave (which would otherwise loop forever).
 */
export async function runAllPages(runner: CallRunner, spec: CallSpec, token: PageToken): Promise<Pages> {
  const outputs: Record<string, unknown>[] = [];
  const seen = new Set<string>();
  let next: string | undefined;
  for (let page = 0; ; page++) {
    const input = next === undefined ? spec.input : { ...spec.input, [token.input]: next };
    const outcome = await runner.run({ ...spec, input, order: [...spec.order, page] });
    if (outcome.error) return { outputs, error: outcome.error };
    outputs.push(outcome.output);
    next = nextToken(outcome.output, token);
    if (next === undefined || seen.has(next)) return { outputs };
    seen.add(next);
  }
}

function nextToken(output: Record<string, unknown>, token: PageToken): string | undefined {
  if (token.truncatedFlag !== undefined && output[token.truncatedFlag] !== true) return undefined;
  const value = output[token.output];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The items of every page, from the list member `member` (e.g. `items`, `Items`, `logGroups`). */
export function itemsOf(pages: Pages, member: string): Record<string, unknown>[] {
  return pages.outputs.flatMap((output) => {
    const items = output[member];
    return Array.isArray(items) ? (items.filter((item) => typeof item === "object" && item !== null) as never[]) : [];
  });
}
