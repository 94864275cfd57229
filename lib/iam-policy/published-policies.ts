/**
 * AWS managed policies whose documents AWS publishes, so a reader without iam:GetPolicyVersion (a template, a test
 * capture) can use them: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonAPIGatewayPushToCloudWatchLogs.html
 */
/**
 * The actions of checks.md **Permissions**, in its order: the write path API Gateway uses, then the Describe/Get/Filter
 * ones AWS's managed policy adds. The collector simulates exactly these and the checks read exactly these.
 */
export const loggingRoleActions = [
  "logs:CreateLogGroup",
  "logs:CreateLogStream",
  "logs:PutLogEvents",
  "logs:DescribeLogGroups",
  "logs:DescribeLogStreams",
  "logs:GetLogEvents",
  "logs:FilterLogEvents",
] as const;

export const pushToCloudWatchLogsArn = "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs";

export const pushToCloudWatchLogsDocument = {
  Version: "2012-10-17",
  Statement: [
    {
      Effect: "Allow",
      Action: [
        "logs:CreateLogGroup",
        "logs:CreateLogStream",
        "logs:DescribeLogGroups",
        "logs:DescribeLogStreams",
        "logs:PutLogEvents",
        "logs:GetLogEvents",
        "logs:FilterLogEvents",
      ],
      Resource: "*",
    },
  ],
};

/** By ARN; any other managed policy stays unknown to such a reader (its document lives in the account). */
export const publishedManagedPolicies: Record<string, unknown> = {
  [pushToCloudWatchLogsArn]: pushToCloudWatchLogsDocument,
};
