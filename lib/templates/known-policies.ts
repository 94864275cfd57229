/**
 * AWS managed policies whose documents a template reader may use instead of iam:GetPolicyVersion, because AWS
 * publishes them: https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonAPIGatewayPushToCloudWatchLogs.html
 * Any other managed policy stays unknown (its document lives in the account).
 */
export const publishedManagedPolicies: Record<string, unknown> = {
  "arn:aws:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs": {
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
  },
};
