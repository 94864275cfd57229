import type { Capture } from "../capture/schema";
import { toEpochMs } from "../capture/time";
import { asArray, asRecord, asString, CallIndex } from "./call-index";
import { readApis } from "./read-apis";
import { readDeliverySources } from "./read-delivery-sources";
import { readDomains } from "./read-domains";
import {
  readDeliveries,
  readFirehoseStreams,
  readGroupPolicies,
  readKmsKeys,
  readLogGroups,
  readNewestStreams,
  readResourcePolicies,
} from "./read-logs";
import { readLoggingRole } from "./read-roles";
import { readApiGatewayChanges, readTrails } from "./read-trails";
import { collected, failed, mapSource, notCollected, type Source } from "./source";
import type { AccountSettings, LoggingRole, Model, Region, RegionResources, StsProbe } from "./types";

/** Reads a validated Capture into the typed model the checks use. */
export function readModel(capture: Capture): Model {
  const calls = new CallIndex(capture);
  const callerIdentity = readCallerIdentity(calls);
  const account = callerIdentity.state === "collected" ? callerIdentity.value.account : null;
  const optInRegions = readOptInRegions(calls);

  const regionNames = [...capture.regions];
  for (const seen of calls.regionsSeen().sort()) {
    if (!regionNames.includes(seen) && isScannedRegion(calls, seen)) regionNames.push(seen);
  }

  const regions = regionNames.map((name) => readRegion(calls, name, optInRegions));
  const roles = new Map<string, LoggingRole>();
  for (const region of regions) {
    const arn = region.accountSettings.state === "collected" ? region.accountSettings.value.cloudwatchRoleArn : null;
    if (arn && arn.includes(":role/") && !roles.has(arn)) roles.set(arn, readLoggingRole(calls, arn));
  }

  return {
    capturedAt: capture.capturedAt,
    capturedAtMs: toEpochMs(capture.capturedAt) ?? 0,
    partition: capture.partition,
    account,
    callerIdentity,
    regions,
    roles,
  };
}

function readRegion(calls: CallIndex, name: string, optInRegions: Source<Map<string, boolean>>): Region {
  const { apis, listings } = readApis(calls, name);
  const domains = readDomains(calls, name);
  const resources: RegionResources = {
    name,
    optIn: mapSource(optInRegions, (regions) => regions.get(name) ?? false),
    stsProbe: readStsProbe(calls, name),
    accountSettings: readAccountSettings(calls, name),
    apiListings: listings,
    apis,
    domains: domains.domains,
    domainListings: domains.listings,
    logGroups: readLogGroups(calls, name),
    newestStreams: readNewestStreams(calls, name),
    resourcePolicies: readResourcePolicies(calls, name),
    groupPolicies: readGroupPolicies(calls, name),
    kmsKeys: readKmsKeys(calls, name),
    firehoseStreams: readFirehoseStreams(calls, name),
    deliveries: readDeliveries(calls, name),
    deliverySources: readDeliverySources(calls, name),
    trails: readTrails(calls, name),
  };
  // The history is read last: CloudWatch Logs changes join the stages whose groups, deliveries and grants they touch.
  return { ...resources, apiGatewayChanges: readApiGatewayChanges(calls, resources) };
}

function readCallerIdentity(calls: CallIndex): Source<{ account: string; arn: string }> {
  const found = calls.callsInAnyRegion("sts", "GetCallerIdentity");
  const last = found.find(({ call }) => !call.error) ?? found[found.length - 1];
  if (!last) return notCollected("sts:GetCallerIdentity");
  if (last.call.error) return failed("sts:GetCallerIdentity", last.call.error);
  const output = asRecord(last.call.output);
  return collected("sts:GetCallerIdentity", {
    account: asString(output.Account) ?? "",
    arn: asString(output.Arn) ?? "",
  });
}

/** account:ListRegions: an opt-in region reports ENABLED (it was opted in); default regions ENABLED_BY_DEFAULT. */
function readOptInRegions(calls: CallIndex): Source<Map<string, boolean>> {
  const found = calls.callsInAnyRegion("account", "ListRegions");
  if (found.length === 0) return notCollected("account:ListRegions");
  const region = found[0].call.region;
  const listing = calls.listing("account", region, "ListRegions", (output) => asArray(output.Regions).map(asRecord));
  return mapSource(
    listing,
    (regions) =>
      new Map(regions.map((r) => [asString(r.RegionName) ?? "", r.RegionOptStatus !== "ENABLED_BY_DEFAULT"])),
  );
}

function readStsProbe(calls: CallIndex, region: string): Source<StsProbe> {
  const probes = ["GetSessionToken", "AssumeRole"].flatMap((operation) => calls.calls("sts", region, operation));
  const decisive = probes.find(({ call }) => !call.error || call.error.name === "RegionDisabledException") ?? probes[0];
  if (!decisive) return notCollected("sts:GetSessionToken");
  const name = `sts:${decisive.call.operation}`;
  if (!decisive.call.error) return collected(name, { operation: decisive.call.operation, active: true });
  if (decisive.call.error.name === "RegionDisabledException")
    return collected(name, { operation: decisive.call.operation, active: false });
  return failed(name, decisive.call.error);
}

function readAccountSettings(calls: CallIndex, region: string): Source<AccountSettings> {
  const account = calls.single("apigateway", region, "GetAccount");
  if (account.state === "error" && /NotFound/.test(account.error.name))
    return collected(account.call, { cloudwatchRoleArn: null });
  return mapSource(account, (output) => {
    const arn = asString(output.cloudwatchRoleArn);
    return { cloudwatchRoleArn: arn && arn.trim() !== "" ? arn : null };
  });
}

/** Regions named only by global calls (GetCallerIdentity, ListRegions) were not scanned. */
function isScannedRegion(calls: CallIndex, region: string): boolean {
  return (
    ["GetAccount", "GetRestApis", "GetRestApi"].some(
      (operation) => calls.calls("apigateway", region, operation).length > 0,
    ) || calls.calls("apigatewayv2", region, "GetApis").length > 0
  );
}
