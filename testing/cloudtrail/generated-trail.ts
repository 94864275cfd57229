/**
 * A large, realistic CloudTrail log file for streaming tests and the benchmark: a mix of event sources, and every
 * `changeEvery`th record an API Gateway UpdateStage that turns a stage's logging off. Deterministic (seeded), and
 * produced as text chunks so a test can write hundreds of MB without holding them.
 */
const sources = [
  ["apigateway.amazonaws.com", "GetRestApis", true],
  ["apigateway.amazonaws.com", "CreateDeployment", false],
  ["s3.amazonaws.com", "GetBucketAcl", true],
  ["iam.amazonaws.com", "GetRole", true],
  ["sts.amazonaws.com", "AssumeRole", true],
  ["lambda.amazonaws.com", "UpdateFunctionConfiguration20150331v2", false],
  ["ec2.amazonaws.com", "DescribeInstances", true],
  ["iot.amazonaws.com", "AttachPolicy", false],
] as const;

export interface GeneratedTrailOptions {
  records: number;
  changeEvery?: number;
  seed?: number;
  /** Records per yielded chunk. */
  batch?: number;
}

export function* generatedTrailChunks({
  records,
  changeEvery = 1000,
  seed = 42,
  batch = 200,
}: GeneratedTrailOptions): Generator<string> {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state;
  };
  const hex = (length: number) => {
    let text = "";
    while (text.length < length) text += random().toString(16).padStart(8, "0");
    return text.slice(0, length);
  };
  yield '{"Records":[';
  let pending: string[] = [];
  for (let index = 0; index < records; index++) {
    pending.push(
      (index > 0 ? "," : "") +
        JSON.stringify(generatedRecord(index, index % changeEvery === changeEvery - 1, random, hex)),
    );
    if (pending.length >= batch) {
      yield pending.join("");
      pending = [];
    }
  }
  yield `${pending.join("")}]}`;
}

/** How many records of a generated file are logging changes. */
export function generatedChangeCount(records: number, changeEvery = 1000): number {
  return Math.floor(records / changeEvery);
}

function generatedRecord(
  index: number,
  change: boolean,
  random: () => number,
  hex: (length: number) => string,
): Record<string, unknown> {
  const [eventSource, eventName, readOnly] = change
    ? (["apigateway.amazonaws.com", "UpdateStage", false] as const)
    : sources[random() % sources.length];
  const session = `session-${hex(8)}`;
  const id = `${hex(8)}-${hex(4)}-4${hex(3)}-8${hex(3)}-${hex(12)}`;
  const time = new Date(Date.UTC(2026, 10, 1) + index * 1000).toISOString().replace(".000", "");
  return {
    eventVersion: "1.09",
    userIdentity: {
      type: "AssumedRole",
      principalId: `AROA${hex(17).toUpperCase()}:${session}`,
      arn: `arn:aws:sts::123456789012:assumed-role/Deployer/${session}`,
      accountId: "123456789012",
      accessKeyId: `ASIA${hex(16).toUpperCase()}`,
      sessionContext: {
        sessionIssuer: {
          type: "Role",
          principalId: `AROA${hex(17).toUpperCase()}`,
          arn: "arn:aws:iam::123456789012:role/Deployer",
          accountId: "123456789012",
          userName: "Deployer",
        },
        attributes: { creationDate: time, mfaAuthenticated: "false" },
      },
    },
    eventTime: time,
    eventSource,
    eventName,
    awsRegion: "us-east-1",
    sourceIPAddress: `198.51.100.${random() % 255}`,
    userAgent: `aws-sdk-js/3.${random() % 900}.0 ua/2.1 os/linux lang/js md/nodejs#20.18.0`,
    requestParameters: change
      ? {
          restApiId: `a${hex(9)}`,
          stageName: "prod",
          patchOperations: [{ op: "replace", path: "/*/*/logging/loglevel", value: "OFF" }],
        }
      : { resource: `res-${hex(24)}`, note: hex(64) },
    responseElements: null,
    requestID: hex(32),
    eventID: id,
    readOnly,
    eventType: "AwsApiCall",
    managementEvent: true,
    recipientAccountId: "123456789012",
    eventCategory: "Management",
    tlsDetails: {
      tlsVersion: "TLSv1.3",
      cipherSuite: "TLS_AES_128_GCM_SHA256",
      clientProvidedHostHeader: `${eventSource.split(".")[0]}.us-east-1.amazonaws.com`,
    },
  };
}
