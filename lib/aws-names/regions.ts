// One rule for AWS region names, shared by captures, live scans, runbook links and the CLI's --region.
// Every region belongs to exactly one partition (https://docs.aws.amazon.com/whitepapers/latest/aws-fault-isolation-boundaries/partitions.html);
// the patterns are the AWS SDK's endpoint `regionRegex` per partition (@aws-sdk/core util-endpoints partitions),
// narrowed from `\w+`/`\d+` to lower-case letters and one or two digits, which every real region name uses, so a
// name that passes is short and printable.
const partitionRegions = {
  aws: /^(?:us|eu|ap|sa|ca|me|af|il|mx)-[a-z]+-\d{1,2}$/,
  "aws-cn": /^cn-[a-z]+-\d{1,2}$/,
  "aws-us-gov": /^us-gov-[a-z]+-\d{1,2}$/,
  "aws-iso": /^us-iso-[a-z]+-\d{1,2}$/,
  "aws-iso-b": /^us-isob-[a-z]+-\d{1,2}$/,
  "aws-iso-e": /^eu-isoe-[a-z]+-\d{1,2}$/,
  "aws-iso-f": /^us-isof-[a-z]+-\d{1,2}$/,
  "aws-eusc": /^eusc-de-[a-z]+-\d{1,2}$/,
} as const satisfies Record<string, RegExp>;

/** One real region of each partition, to show in messages. */
export const exampleRegion: Record<Partition, string> = {
  aws: "us-east-1",
  "aws-cn": "cn-north-1",
  "aws-us-gov": "us-gov-west-1",
  "aws-iso": "us-iso-east-1",
  "aws-iso-b": "us-isob-east-1",
  "aws-iso-e": "eu-isoe-west-1",
  "aws-iso-f": "us-isof-south-1",
  "aws-eusc": "eusc-de-east-1",
};

export type Partition = keyof typeof partitionRegions;
export const partitions = Object.keys(partitionRegions) as Partition[];

/** A region name of any partition: `us-east-1`, `cn-north-1`, `us-gov-west-1`, `us-isob-east-1`. */
export const REGION_PATTERN = new RegExp(
  `^(?:${Object.values(partitionRegions)
    .map((pattern) => pattern.source.slice(1, -1))
    .join("|")})$`,
);

export function isPartition(name: string): name is Partition {
  return Object.hasOwn(partitionRegions, name);
}

export function isRegionName(region: string): boolean {
  return REGION_PATTERN.test(region);
}

/** Whether `region` is a region name of `partition` (a region of another partition is not). */
export function isRegionOf(partition: Partition, region: string): boolean {
  return partitionRegions[partition].test(region);
}

/**
 * Each partition's DNS suffix, as the AWS SDK's endpoint partitions name it (@aws-sdk/core util-endpoints
 * partitions: `outputs.dnsSuffix`): API Gateway's invoke URLs end in `execute-api.<region>.<suffix>`.
 */
export const dnsSuffix: Record<Partition, string> = {
  aws: "amazonaws.com",
  "aws-cn": "amazonaws.com.cn",
  "aws-us-gov": "amazonaws.com",
  "aws-iso": "c2s.ic.gov",
  "aws-iso-b": "sc2s.sgov.gov",
  "aws-iso-e": "cloud.adc-e.uk",
  "aws-iso-f": "csp.hci.ic.gov",
  "aws-eusc": "amazonaws.eu",
};

/** The partition a region name belongs to, or null for a name of no partition. */
export function partitionOf(region: string): Partition | null {
  return partitions.find((partition) => partitionRegions[partition].test(region)) ?? null;
}
