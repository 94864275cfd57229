import { describe, expect, it } from "vitest";
import { detectAwsEnvironment } from "./aws-environment";
import { listAwsProfiles } from "./aws-profiles";

const config = `
[default]
region = us-east-1
output = json

[profile prod-readonly]
sso_session = corp
sso_account_id = 111122223333
region=eu-west-1

[sso-session corp]
sso_start_url = https://example.awsapps.com/start
sso_region = us-east-1

[services local]
apigateway =
  endpoint_url = http://localhost:4566
`;
const credentials = `
[default]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY

[ci]
aws_access_key_id = AKIAI44QH8DHBEXAMPLE
aws_secret_access_key = je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY
region = ap-southeast-2
`;
const files: Record<string, string> = { "/cfg": config, "/creds": credentials };
const env = { AWS_CONFIG_FILE: "/cfg", AWS_SHARED_CREDENTIALS_FILE: "/creds" };

describe("listAwsProfiles", () => {
  const profiles = listAwsProfiles(env, (file) => files[file] ?? null);

  it("lists profile names with their config region, default first, and nothing else", () => {
    expect(profiles).toEqual([
      { name: "default", region: "us-east-1" },
      { name: "ci", region: null },
      { name: "prod-readonly", region: "eu-west-1" },
    ]);
  });

  it("never carries a secret", () => {
    const text = JSON.stringify(profiles);
    for (const secret of ["AKIA", "wJalr", "je7Mt", "awsapps", "sso"]) expect(text).not.toContain(secret);
  });

  it("is empty when there are no files", () => {
    expect(listAwsProfiles(env, () => null)).toEqual([]);
  });
});

describe("detectAwsEnvironment", () => {
  it("defaults to the demo when nothing is configured", () => {
    expect(detectAwsEnvironment({}, () => false, "/home/x")).toEqual({ configured: false, via: [], variables: [] });
  });

  it("names the variables and files that would provide credentials, never their values", () => {
    const found = detectAwsEnvironment(
      { AWS_PROFILE: "prod", AWS_ACCESS_KEY_ID: "AKIAIOSFODNN7EXAMPLE" },
      (f) => f === "/home/x/.aws/config",
      "/home/x",
    );
    expect(found).toEqual({
      configured: true,
      via: ["AWS_ACCESS_KEY_ID", "AWS_PROFILE", "~/.aws/config"],
      variables: ["AWS_ACCESS_KEY_ID", "AWS_PROFILE"],
    });
  });
});
