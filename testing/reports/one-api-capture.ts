import type { Capture, CaptureCall } from "../../lib/capture/schema";
import type { RunbookTarget } from "../../lib/runbook/target";

const DAY_MS = 24 * 60 * 60 * 1000;

type Items = { items?: Record<string, unknown>[]; Items?: Record<string, unknown>[] };

/**
 * A full-scan capture plus the calls a one-API scan (`collectCapture({ regions: [region], apiId, stage })`) sends
 * that a full scan does not — the API read by id and its own log-group prefix — answered from the full scan's
 * listings, and the CloudTrail lookups restated with the collector's time window. The replay server can then serve
 * a runbook scan of that API at `capturedAt`. The role's SimulatePrincipalPolicy (its input names the scanned
 * stages) stays unrecorded: the replay answers it as an error and the role checks read the policies instead.
 */
export function oneApiCapture(full: Capture, target: RunbookTarget, lookbackDays = 30): Capture {
  const inRegion = (call: CaptureCall, operation: string) =>
    call.region === target.region && call.operation === operation;
  const rest = full.calls.find((c) => c.service === "apigateway" && inRegion(c, "GetRestApis"));
  const v2 = full.calls.find((c) => c.service === "apigatewayv2" && inRegion(c, "GetApis"));
  const restApi = (rest?.output as Items | undefined)?.items?.find((api) => api.id === target.apiId);
  const v2Api = (v2?.output as Items | undefined)?.Items?.find((api) => api.ApiId === target.apiId);
  const notFound = { name: "NotFoundException", message: "Invalid API identifier specified", httpStatusCode: 404 };

  const added: CaptureCall[] = [
    {
      service: "apigateway",
      region: target.region,
      operation: "GetRestApi",
      input: { restApiId: target.apiId },
      ...(restApi ? { output: restApi } : { error: notFound }),
    },
  ];
  if (!restApi) {
    added.push({
      service: "apigatewayv2",
      region: target.region,
      operation: "GetApi",
      input: { ApiId: target.apiId },
      ...(v2Api ? { output: v2Api } : { error: notFound }),
    });
  }
  const prefix = `API-Gateway-Execution-Logs_${target.apiId}/${target.stage ?? ""}`;
  const listing = full.calls.find(
    (c) => inRegion(c, "DescribeLogGroups") && c.input.logGroupNamePrefix === "API-Gateway-Execution-Logs_",
  );
  if (listing?.output) {
    const groups = ((listing.output as { logGroups?: { logGroupName?: string }[] }).logGroups ?? []).filter((g) =>
      g.logGroupName?.startsWith(prefix),
    );
    added.push({
      service: "cloudwatch-logs",
      region: target.region,
      operation: "DescribeLogGroups",
      input: { logGroupNamePrefix: prefix },
      output: { logGroups: groups },
    });
  }

  const end = new Date(full.capturedAt);
  const window = {
    StartTime: new Date(end.getTime() - lookbackDays * DAY_MS).toISOString(),
    EndTime: end.toISOString(),
    MaxResults: 50,
  };
  const calls = full.calls.map((call) =>
    call.operation === "LookupEvents" && !call.input.NextToken
      ? { ...call, input: { ...call.input, ...window } }
      : call,
  );
  return { ...full, calls: [...calls, ...added] };
}
