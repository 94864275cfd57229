import { regionalCall, run, type ScanContext } from "./scan-context";

/**
 * STS probe at the region's own endpoint: `RegionDisabledException` means STS is not activated there, and API
 * Gateway cannot assume the logging role. The credentials it returns are dropped before recording.
 */
export function probeSts(ctx: ScanContext, region: string): void {
  void run(ctx, regionalCall(ctx, region, "sts", "GetSessionToken", { DurationSeconds: 900 }, [0]));
}

/** The account-level logging role of API Gateway in this region; IAM reads of it start as soon as it is known. */
export async function readAccountSetting(ctx: ScanContext, region: string): Promise<string | undefined> {
  const outcome = await run(ctx, regionalCall(ctx, region, "apigateway", "GetAccount", {}, [1]));
  const roleArn = outcome.output?.cloudwatchRoleArn;
  if (typeof roleArn !== "string" || roleArn === "") return undefined;
  ctx.roles.use(roleArn);
  return roleArn;
}
