import type { Fix } from "../../diagnosis/types";
import { awsCli, hclString, yamlString } from "./shell";

export const managedPolicyArn = (partition: string) =>
  `arn:${partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs`;

export const apiGatewayTrustPolicy = JSON.stringify({
  Version: "2012-10-17",
  Statement: [{ Effect: "Allow", Principal: { Service: "apigateway.amazonaws.com" }, Action: "sts:AssumeRole" }],
});

/** Creates the logging role (when none exists) and sets it as the region's account setting. */
export function setAccountRole(
  region: string,
  partition: string,
  account: string | null,
  roleArn: string | null,
  summary: string,
): Fix {
  const name = roleArn ? roleArn.slice(roleArn.lastIndexOf("/") + 1) : "APIGatewayCloudWatchLogsRole";
  const arn = roleArn ?? `arn:${partition}:iam::${account ?? "<account-id>"}:role/${name}`;
  const create = roleArn
    ? []
    : [
        awsCli("iam", "create-role", { "role-name": name, "assume-role-policy-document": apiGatewayTrustPolicy }),
        awsCli("iam", "attach-role-policy", { "role-name": name, "policy-arn": managedPolicyArn(partition) }),
      ];
  return {
    summary,
    cli: [
      ...create,
      awsCli("apigateway", "update-account", {
        region,
        "patch-operations": `op=replace,path=/cloudwatchRoleArn,value=${arn}`,
      }),
    ].join("\n"),
    console: [
      ...(roleArn
        ? []
        : [
            `In the IAM console create a role for the API Gateway use case (it attaches AmazonAPIGatewayPushToCloudWatchLogs); name it ${name}.`,
          ]),
      `Open the API Gateway console in ${region} (the setting is per region), choose Settings, then Edit.`,
      `Set CloudWatch log role ARN to ${arn} and save.`,
    ],
    cloudformation: [
      "Type: AWS::ApiGateway::Account",
      "Properties:",
      `  CloudWatchRoleArn: ${yamlString(arn)}`,
      "# Deploy it in every region that logs; keep the role with DeletionPolicy: Retain so deleting a stack does not stop logging.",
    ].join("\n"),
    terraform: [`resource "aws_api_gateway_account" "this" {`, `  cloudwatch_role_arn = ${hclString(arn)}`, `}`].join(
      "\n",
    ),
  };
}

export function fixTrustPolicy(roleName: string, summary: string): Fix {
  return {
    summary,
    cli: awsCli("iam", "update-assume-role-policy", {
      "role-name": roleName,
      "policy-document": apiGatewayTrustPolicy,
    }),
    console: [
      `Open the IAM console, Roles → ${roleName} → Trust relationships → Edit trust policy.`,
      "Allow the service principal apigateway.amazonaws.com the action sts:AssumeRole, and save.",
    ],
    cloudformation: ["  AssumeRolePolicyDocument:", `    ${apiGatewayTrustPolicy}`].join("\n"),
  };
}

export function attachManagedPolicy(roleName: string, partition: string, summary: string): Fix {
  return {
    summary,
    cli: awsCli("iam", "attach-role-policy", { "role-name": roleName, "policy-arn": managedPolicyArn(partition) }),
    console: [
      `Open the IAM console, Roles → ${roleName} → Permissions → Add permissions → Attach policies.`,
      "Attach AmazonAPIGatewayPushToCloudWatchLogs, and remove any Deny statement on the logs: actions it grants.",
    ],
    cloudformation: ["  ManagedPolicyArns:", `    - ${yamlString(managedPolicyArn(partition))}`].join("\n"),
  };
}

export function fixBoundary(roleName: string, boundaryArn: string, summary: string): Fix {
  return {
    summary,
    cli: awsCli("iam", "delete-role-permissions-boundary", { "role-name": roleName }),
    console: [
      `Open the IAM console, Roles → ${roleName} → Permissions boundary.`,
      `Either remove the boundary ${boundaryArn}, or edit that policy to allow logs:CreateLogGroup, logs:CreateLogStream, logs:PutLogEvents, logs:DescribeLogGroups and logs:DescribeLogStreams.`,
    ],
  };
}
