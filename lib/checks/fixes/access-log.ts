import { logGroupNameOf } from "../../aws-names/log-group-arn";
import type { ApiType, Fix } from "../../diagnosis/types";
import { awsCli, hclString, yamlString } from "./shell";
import { openStage, restUpdateStage, v2UpdateStage, type StageAddress } from "./update-stage";

/** A format with the request id, valid for every API type, that AWS's own examples build on. */
export function recommendedFormat(type: ApiType): string {
  const common = [
    '"requestId":"$context.requestId"',
    '"ip":"$context.identity.sourceIp"',
    '"requestTime":"$context.requestTime"',
  ];
  const specific =
    type === "REST"
      ? [
          '"httpMethod":"$context.httpMethod"',
          '"resourcePath":"$context.resourcePath"',
          '"status":"$context.status"',
          '"protocol":"$context.protocol"',
          '"responseLength":"$context.responseLength"',
        ]
      : type === "HTTP"
        ? [
            '"httpMethod":"$context.httpMethod"',
            '"routeKey":"$context.routeKey"',
            '"status":"$context.status"',
            '"protocol":"$context.protocol"',
            '"responseLength":"$context.responseLength"',
          ]
        : [
            '"eventType":"$context.eventType"',
            '"routeKey":"$context.routeKey"',
            '"status":"$context.status"',
            '"connectionId":"$context.connectionId"',
          ];
  return `{${[...common, ...specific].join(",")}}`;
}

/** The stage's own format when it has one (the destination is what a fix changes), else the recommended one. */
export function keptFormat(stage: StageAddress & { accessLog: { format: string | null } }): string {
  return stage.accessLog.format ?? recommendedFormat(stage.api.type);
}

/** A log group name CloudWatch Logs accepts: stage names may hold `$` (`$default`), log group names may not. */
export function suggestedAccessLogGroup(stage: StageAddress): string {
  const name = stage.name.replace(/[^A-Za-z0-9_\-./#]/g, "") || "stage";
  return stage.api.type === "HTTP"
    ? `/aws/vendedlogs/apigateway/${stage.api.id}/${name}`
    : `/aws/apigateway/${stage.api.id}/${name}/access`;
}

/** Changes only the format of a stage's access logging; the destination stays and nothing is created. */
export function setAccessLogFormat(stage: StageAddress, destinationArn: string, summary: string, format: string): Fix {
  return setAccessLogging(stage, destinationArn, summary, format, { createGroup: false, formatOnly: true });
}

/**
 * Turns on access logging (or points it at a valid destination, or changes its format). The log group is created
 * only when `createGroup` says so: a fix that creates a group the capture shows exists stops a `set -e` script with
 * ResourceAlreadyExistsException.
 */
export function setAccessLogging(
  stage: StageAddress,
  destinationArn: string,
  summary: string,
  format: string,
  { createGroup: create = true, formatOnly = false } = {},
): Fix {
  const group = logGroupNameOf(destinationArn) ?? destinationArn;
  const createGroup = create
    ? awsCli("logs", "create-log-group", { region: stage.region, "log-group-name": group })
    : null;
  if (stage.api.type === "REST") {
    return {
      summary,
      cli: [
        createGroup,
        restUpdateStage(stage, [
          ...(formatOnly
            ? []
            : [{ op: "replace" as const, path: "/accessLogSettings/destinationArn", value: destinationArn }]),
          { op: "replace", path: "/accessLogSettings/format", value: format },
        ]),
      ]
        .filter((line) => line !== null)
        .join("\n"),
      console: [
        openStage(stage, " → Logs and tracing → Edit"),
        "Turn on Custom access logging.",
        `Enter the access log destination ARN ${destinationArn} and a log format that includes $context.requestId, then save.`,
      ],
      cloudformation: [
        "  AccessLogSetting:",
        `    DestinationArn: ${yamlString(destinationArn)}`,
        `    Format: ${yamlString(format)}`,
      ].join("\n"),
      terraform: [
        "  access_log_settings {",
        `    destination_arn = ${hclString(destinationArn)}`,
        `    format          = ${hclString(format)}`,
        "  }",
      ].join("\n"),
    };
  }
  return {
    summary,
    cli: [
      createGroup,
      v2UpdateStage(stage, {
        "access-log-settings": JSON.stringify({ DestinationArn: destinationArn, Format: format }),
      }),
    ]
      .filter((line) => line !== null)
      .join("\n"),
    console: [
      `Open the API Gateway console in ${stage.region}, API ${stage.api.name} (${stage.api.id}), Monitor → Logging (or Stages → ${stage.name} → Logging).`,
      `Turn on access logging with the log group ARN ${destinationArn} and a format that includes $context.requestId, then save.`,
    ],
    cloudformation: [
      "  AccessLogSettings:",
      `    DestinationArn: ${yamlString(destinationArn)}`,
      `    Format: ${yamlString(format)}`,
    ].join("\n"),
    terraform: [
      "  access_log_settings {",
      `    destination_arn = ${hclString(destinationArn)}`,
      `    format          = ${hclString(format)}`,
      "  }",
    ].join("\n"),
  };
}

/**
 * HTTP API access logs are delivered by delivery.logs.amazonaws.com, which needs a grant on the log group. The fix puts
 * it on the group itself (a resource-scoped policy, one per group): it does not count against the region's 10
 * account-scoped policies or their 5120 characters.
 */
export function addDeliveryResourcePolicy(
  partition: string,
  region: string,
  account: string,
  logGroup: string,
  summary: string,
): Fix {
  const groupArn = `arn:${partition}:logs:${region}:${account}:log-group:${logGroup}`;
  const policy = {
    Version: "2012-10-17",
    Statement: [
      {
        Sid: "AWSLogDeliveryWrite",
        Effect: "Allow",
        Principal: { Service: "delivery.logs.amazonaws.com" },
        Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
        Resource: `${groupArn}:log-stream:*`,
        Condition: { StringEquals: { "aws:SourceAccount": account } },
      },
    ],
  };
  return {
    summary,
    cli: awsCli("logs", "put-resource-policy", {
      region,
      "policy-name": "AWSLogDeliveryWrite-apigateway",
      "resource-arn": groupArn,
      "policy-document": JSON.stringify(policy),
    }),
    console: [
      "Recreate the stage's access logging in the API Gateway console: it adds the grant to the log group for you.",
      "Or run the CLI command: it attaches the policy to this log group only (if the group already has a policy, add the statement to it and pass its revision id with --expected-revision-id).",
    ],
    cloudformation: [
      "Type: AWS::Logs::ResourcePolicy",
      "Properties:",
      "  PolicyName: AWSLogDeliveryWrite-apigateway",
      `  PolicyDocument: ${yamlString(JSON.stringify(policy))}`,
    ].join("\n"),
  };
}
