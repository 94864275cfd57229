import type { Fix } from "../../diagnosis/types";
import { awsCli } from "./shell";

export function createTrail(region: string, account: string | null, summary: string): Fix {
  const bucket = `aws-cloudtrail-logs-${account ?? "<account-id>"}-management`;
  return {
    summary,
    cli: [
      awsCli("cloudtrail", "create-trail", { region, name: "management-events", "s3-bucket-name": bucket }) +
        " --is-multi-region-trail",
      awsCli("cloudtrail", "start-logging", { region, name: "management-events" }),
    ].join("\n"),
    console: [
      "Open the CloudTrail console and choose Create trail.",
      "Apply it to all regions, keep Management events (Read and Write) selected, and choose an S3 bucket.",
    ],
    cloudformation: [
      "Type: AWS::CloudTrail::Trail",
      "Properties:",
      "  IsLogging: true",
      "  IsMultiRegionTrail: true",
      `  S3BucketName: "${bucket}"`,
    ].join("\n"),
  };
}
