import { itemsOf, pageTokens } from "./paginate";
import { probeSts, readAccountSetting } from "./region-account";
import { collectLogRouting, RegionLogs } from "./region-logs";
import { readAuthorizers } from "./api-authorizers";
import { collectTrails, lookupApiGatewayEvents, lookupLogsEvents } from "./region-trails";
import { regionalCall, run, runPages, type ScanContext } from "./scan-context";
import {
  executionLogGroupPrefix,
  restStagesOf,
  simulationResourceArns,
  v2StagesOf,
  type StageRef,
} from "./stage-log-targets";

/**
 * What one API's diagnosis needs (the runbook link): the API itself by id instead of the region's listings,
 * its stages, and the region-wide settings its logs depend on. No GetRestApis/GetApis and no domains.
 */
export async function scanOneApi(ctx: ScanContext, region: string, apiId: string, stageName?: string): Promise<void> {
  probeSts(ctx, region);
  const roleArn = ctx.tasks.add(readAccountSetting(ctx, region));
  // A listing answers for every group name under its prefix, so one API's (or one stage's) prefix is enough.
  const logs = new RegionLogs(ctx, region, `${executionLogGroupPrefix}${apiId}/${stageName ?? ""}`);
  collectLogRouting(ctx, region, logs, apiId);
  collectTrails(ctx, region);
  lookupApiGatewayEvents(ctx, region);
  lookupLogsEvents(ctx, region);

  const stages = (await apiStages(ctx, region, apiId)).filter(
    (s) => stageName === undefined || s.stageName === stageName,
  );
  stages.forEach((stage) => logs.stage(stage));

  const role = await roleArn;
  if (role !== undefined) {
    ctx.roles.simulate(role, region, (identity) =>
      simulationResourceArns(stages, { partition: identity.partition, region, account: identity.account ?? "*" }),
    );
  }
}

/** REST first; an id REST does not know (or cannot tell us about) may be an HTTP or WebSocket API. */
async function apiStages(ctx: ScanContext, region: string, apiId: string): Promise<StageRef[]> {
  const rest = await run(ctx, regionalCall(ctx, region, "apigateway", "GetRestApi", { restApiId: apiId }, [2]));
  if (rest.output) {
    readAuthorizers(ctx, region, apiId);
    const stages = await run(ctx, regionalCall(ctx, region, "apigateway", "GetStages", { restApiId: apiId }, [3, 0]));
    return stages.output ? restStagesOf(apiId, stages.output) : [];
  }
  const v2 = await run(ctx, regionalCall(ctx, region, "apigatewayv2", "GetApi", { ApiId: apiId }, [6]));
  if (!v2.output) return [];
  const spec = regionalCall(ctx, region, "apigatewayv2", "GetStages", { ApiId: apiId }, [7, 0]);
  return v2StagesOf(
    apiId,
    v2.output.ProtocolType,
    itemsOf(await runPages(ctx, spec, pageTokens.apigatewayv2), "Items"),
  );
}
