import { logGroupNameOf } from "../aws-names/log-group-arn";
import { toEpochMs } from "../capture/time";
import { asArray, asRecord, asString, type CallIndex } from "./call-index";
import { collected, failed, notCollected, type Source } from "./source";
import type {
  Delivery,
  FirehoseStream,
  KmsKey,
  LogGroup,
  LogGroupIndex,
  LogGroupLookup,
  LogStream,
  ResourcePolicy,
} from "./types";

const describeLogGroups = "cloudwatch-logs:DescribeLogGroups";

/**
 * A collected DescribeLogGroups listing (all pages) answers for every group name that starts with its prefix;
 * lookups walk the prefixes of a name so a capture with thousands of listings stays fast.
 */
export function readLogGroups(calls: CallIndex, region: string): LogGroupIndex {
  const listings = new Map<string, Source<LogGroup[]>>();
  for (const { input, source } of calls.listingsByInput("cloudwatch-logs", region, "DescribeLogGroups", (output) =>
    asArray(output.logGroups).map((raw) => logGroup(asRecord(raw))),
  )) {
    if (input.logGroupNamePattern !== undefined || input.logGroupIdentifiers !== undefined) continue;
    listings.set(asString(input.logGroupNamePrefix) ?? "", source);
  }
  const groups = new Map<string, LogGroup>();
  for (const source of listings.values()) {
    if (source.state === "collected") for (const group of source.value) groups.set(group.name, group);
  }
  const prefixLengths = [...new Set([...listings.keys()].map((prefix) => prefix.length))].sort((a, b) => b - a);

  return {
    lookup(name: string): LogGroupLookup {
      const group = groups.get(name);
      if (group) return { state: "exists", group, call: describeLogGroups };
      let firstProblem: LogGroupLookup | null = null;
      for (const length of prefixLengths) {
        if (length > name.length) continue;
        const prefix = name.slice(0, length);
        const source = listings.get(prefix);
        if (!source) continue;
        if (source.state === "collected") return { state: "absent", call: describeLogGroups, prefix };
        if (source.state === "error" && !firstProblem)
          firstProblem = { state: "error", call: source.call, error: source.error };
      }
      return firstProblem ?? { state: "not-collected", call: describeLogGroups };
    },
  };
}

function logGroup(raw: Record<string, unknown>): LogGroup {
  return {
    name: asString(raw.logGroupName) ?? "",
    arn: asString(raw.logGroupArn) ?? asString(raw.arn),
    kmsKeyId: asString(raw.kmsKeyId),
    retentionInDays: typeof raw.retentionInDays === "number" ? raw.retentionInDays : null,
    logGroupClass: asString(raw.logGroupClass),
  };
}

/** DescribeLogStreams ordered by LastEventTime, newest first: its first stream is the newest evidence. */
export function readNewestStreams(calls: CallIndex, region: string): Map<string, Source<LogStream | null>> {
  const newest = new Map<string, Source<LogStream | null>>();
  for (const { call } of calls.calls("cloudwatch-logs", region, "DescribeLogStreams")) {
    const group = asString(call.input.logGroupName) ?? groupNameFromIdentifier(asString(call.input.logGroupIdentifier));
    if (!group || (call.input.nextToken !== undefined && newest.has(group))) continue;
    const name = "cloudwatch-logs:DescribeLogStreams";
    if (call.error) {
      newest.set(group, failed(name, call.error));
      continue;
    }
    const streams = asArray(asRecord(call.output).logStreams).map((raw) => logStream(asRecord(raw)));
    // Prefer the stream with the newest event whatever order the capture's writer asked for.
    const best = streams.reduce<LogStream | null>(
      (a, b) => (a === null || newestTime(b) > newestTime(a) ? b : a),
      null,
    );
    newest.set(group, collected(name, best));
  }
  return newest;
}

export function newestTime(stream: LogStream): number {
  return stream.lastEventTimestamp ?? stream.lastIngestionTime ?? -Infinity;
}

function logStream(raw: Record<string, unknown>): LogStream {
  return {
    name: asString(raw.logStreamName) ?? "",
    lastEventTimestamp: toEpochMs(raw.lastEventTimestamp),
    lastIngestionTime: toEpochMs(raw.lastIngestionTime),
  };
}

function groupNameFromIdentifier(identifier: string | null): string | null {
  if (!identifier) return null;
  return logGroupNameOf(identifier) ?? identifier;
}

/** Account-scoped policies: DescribeResourcePolicies without a resourceArn (a RESOURCE-scoped call names one group). */
export function readResourcePolicies(calls: CallIndex, region: string): Source<ResourcePolicy[]> {
  return calls.listing(
    "cloudwatch-logs",
    region,
    "DescribeResourcePolicies",
    resourcePolicies,
    (input) => input.resourceArn === undefined,
  );
}

/** Each log group's own policies, by group name (the resourceArn's group, with or without a trailing `:*`). */
export function readGroupPolicies(calls: CallIndex, region: string): Map<string, Source<ResourcePolicy[]>> {
  const byGroup = new Map<string, Source<ResourcePolicy[]>>();
  for (const { input, source } of calls.listingsByInput(
    "cloudwatch-logs",
    region,
    "DescribeResourcePolicies",
    resourcePolicies,
  )) {
    const group = groupNameFromIdentifier(asString(input.resourceArn));
    if (group) byGroup.set(group.replace(/:\*$/, ""), source);
  }
  return byGroup;
}

function resourcePolicies(output: Record<string, unknown>): ResourcePolicy[] {
  return asArray(output.resourcePolicies).map((raw) => {
    const policy = asRecord(raw);
    const document = policy.policyDocument;
    return {
      name: asString(policy.policyName) ?? "",
      document: typeof document === "string" ? document : JSON.stringify(document ?? {}),
    };
  });
}

/** kms:DescribeKey by the KeyId asked; NotFoundException is an answer (the key is gone), not a failure to read. */
export function readKmsKeys(calls: CallIndex, region: string): Map<string, Source<KmsKey | null>> {
  const keys = new Map<string, Source<KmsKey | null>>();
  for (const { call } of calls.calls("kms", region, "DescribeKey")) {
    const keyId = asString(call.input.KeyId);
    if (!keyId) continue;
    const name = "kms:DescribeKey";
    if (call.error)
      keys.set(keyId, call.error.name === "NotFoundException" ? collected(name, null) : failed(name, call.error));
    else {
      const metadata = asRecord(asRecord(call.output).KeyMetadata);
      keys.set(
        keyId,
        collected(name, {
          keyId: asString(metadata.Arn) ?? asString(metadata.KeyId) ?? keyId,
          keyState: asString(metadata.KeyState),
        }),
      );
    }
  }
  return keys;
}

/** firehose:DescribeDeliveryStream by stream name; ResourceNotFoundException means the stream does not exist. */
export function readFirehoseStreams(calls: CallIndex, region: string): Map<string, Source<FirehoseStream | null>> {
  const streams = new Map<string, Source<FirehoseStream | null>>();
  for (const { call } of calls.calls("firehose", region, "DescribeDeliveryStream")) {
    const name = asString(call.input.DeliveryStreamName);
    if (!name) continue;
    const callName = "firehose:DescribeDeliveryStream";
    if (call.error)
      streams.set(
        name,
        call.error.name === "ResourceNotFoundException" ? collected(callName, null) : failed(callName, call.error),
      );
    else {
      const description = asRecord(asRecord(call.output).DeliveryStreamDescription);
      streams.set(name, collected(callName, { name, status: asString(description.DeliveryStreamStatus) }));
    }
  }
  return streams;
}

/** CloudWatch Logs deliveries joined with their sources and destinations (vended logs routed elsewhere). */
export function readDeliveries(calls: CallIndex, region: string): Source<Delivery[]> {
  const deliveries = calls.listing("cloudwatch-logs", region, "DescribeDeliveries", (output) =>
    asArray(output.deliveries),
  );
  const sources = calls.listing("cloudwatch-logs", region, "DescribeDeliverySources", (output) =>
    asArray(output.deliverySources),
  );
  const destinations = calls.listing("cloudwatch-logs", region, "DescribeDeliveryDestinations", (output) =>
    asArray(output.deliveryDestinations),
  );
  if (deliveries.state !== "collected") return deliveries;
  if (sources.state === "error") return failed(sources.call, sources.error);
  if (sources.state === "not-collected") return notCollected(sources.call);

  const sourceByName = new Map(sources.value.map((raw) => [asString(asRecord(raw).name), asRecord(raw)]));
  const destinationByArn = new Map(
    (destinations.state === "collected" ? destinations.value : []).map((raw) => [
      asString(asRecord(raw).arn),
      asRecord(raw),
    ]),
  );
  return collected(
    deliveries.call,
    deliveries.value.map((raw) => {
      const delivery = asRecord(raw);
      const source = sourceByName.get(asString(delivery.deliverySourceName)) ?? {};
      const destinationArn = asString(delivery.deliveryDestinationArn);
      const destination = destinationByArn.get(destinationArn) ?? {};
      return {
        id: asString(delivery.id) ?? "",
        logType: asString(source.logType),
        resourceArns: asArray(source.resourceArns).filter((arn): arn is string => typeof arn === "string"),
        destinationArn:
          asString(asRecord(destination.deliveryDestinationConfiguration).destinationResourceArn) ?? destinationArn,
        destinationType: asString(delivery.deliveryDestinationType) ?? asString(destination.deliveryDestinationType),
      };
    }),
  );
}
