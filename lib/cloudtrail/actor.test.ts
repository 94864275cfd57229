import { describe, expect, it } from "vitest";
import { describeActor } from "./actor";

// userIdentity shapes as the CloudTrail user guide prints them
// (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html).
const cases: { name: string; identity: unknown; type: string; label: string; extra?: Record<string, unknown> }[] = [
  {
    name: "root user signed in to the console",
    identity: {
      type: "Root",
      principalId: "999999999999",
      arn: "arn:aws:iam::999999999999:root",
      accountId: "999999999999",
      accessKeyId: "ASIAEXAMPLE",
      invokedBy: "signin.amazonaws.com",
    },
    type: "Root",
    label: "root user of account 999999999999 via signin.amazonaws.com",
    extra: { accessKeyId: "ASIAEXAMPLE" },
  },
  {
    name: "IAM user",
    identity: {
      type: "IAMUser",
      principalId: "AIDAJ45Q7YFFAREXAMPLE",
      arn: "arn:aws:iam::123456789012:user/Alice",
      accountId: "123456789012",
      accessKeyId: "",
      userName: "Alice",
    },
    type: "IAMUser",
    label: "IAM user Alice",
    extra: { accessKeyId: null },
  },
  {
    name: "assumed role names the issuing role and the session",
    identity: {
      type: "AssumedRole",
      principalId: "AROAIDPPEZS35WEXAMPLE:MySessionName",
      arn: "arn:aws:sts::123456789012:assumed-role/RoleToBeAssumed/MySessionName",
      accountId: "123456789012",
      sessionContext: {
        sessionIssuer: {
          type: "Role",
          principalId: "AROAIDPPEZS35WEXAMPLE",
          arn: "arn:aws:iam::123456789012:role/RoleToBeAssumed",
          accountId: "123456789012",
          userName: "RoleToBeAssumed",
        },
        attributes: { mfaAuthenticated: "true", creationDate: "2023-07-19T21:11:57Z" },
      },
    },
    type: "AssumedRole",
    label: "role RoleToBeAssumed (session MySessionName)",
    extra: {
      sessionName: "MySessionName",
      mfaAuthenticated: true,
      sessionIssuer: { type: "Role", name: "RoleToBeAssumed", arn: "arn:aws:iam::123456789012:role/RoleToBeAssumed" },
    },
  },
  {
    name: "federated user (GetFederationToken)",
    identity: {
      type: "FederatedUser",
      arn: "arn:aws:sts::123456789012:federated-user/Bob",
      sessionContext: { sessionIssuer: { type: "IAMUser", userName: "Alice" } },
    },
    type: "FederatedUser",
    label: "federated user Bob issued by IAMUser Alice",
  },
  {
    name: "AWS service",
    identity: { type: "AWSService", invokedBy: "elasticbeanstalk.amazonaws.com" },
    type: "AWSService",
    label: "AWS service elasticbeanstalk.amazonaws.com",
  },
  {
    name: "another AWS account",
    identity: { type: "AWSAccount", principalId: "AIDAEXAMPLE", accountId: "111122223333" },
    type: "AWSAccount",
    label: "AWS account 111122223333",
  },
  {
    name: "IAM Identity Center user",
    identity: {
      type: "IdentityCenterUser",
      accountId: "123456789012",
      onBehalfOf: {
        userId: "544894e8-80c1-707f-60e3-3ba6510dfac1",
        identityStoreArn: "arn:aws:identitystore::123456789012:identitystore/d-9067642ac7",
      },
      credentialId: "EXAMPLE",
    },
    type: "IdentityCenterUser",
    label: "IAM Identity Center user 544894e8-80c1-707f-60e3-3ba6510dfac1 of account 123456789012",
  },
  {
    name: "web identity user",
    identity: {
      type: "WebIdentityUser",
      principalId: "accounts.google.com:app:user",
      userName: "user-id",
      identityProvider: "accounts.google.com",
    },
    type: "WebIdentityUser",
    label: "web identity user user-id from accounts.google.com",
  },
  {
    name: "SAML user",
    identity: {
      type: "SAMLUser",
      principalId: "Sl6SqN0bh5uCpJZEU2ZlGERvCJI=:alice",
      userName: "alice",
      identityProvider: "bdGOnTesI8ysoRUt3b3WsA=",
    },
    type: "SAMLUser",
    label: "SAML user alice from bdGOnTesI8ysoRUt3b3WsA=",
  },
  {
    name: "Unknown",
    identity: { type: "Unknown", principalId: "AIDAEXAMPLE" },
    type: "Unknown",
    label: "unknown identity AIDAEXAMPLE",
  },
  { name: "no userIdentity at all", identity: undefined, type: "Unknown", label: "no userIdentity in the record" },
  {
    name: "the IoT guide's invokedBy object",
    identity: {
      type: "AssumedRole",
      arn: "arn:aws:sts::12345678912:assumed-role/iot-role/i-35d0a4b6",
      invokedBy: { serviceAccountId: "111111111111" },
    },
    type: "AssumedRole",
    label: "role iot-role (session i-35d0a4b6) via service account 111111111111",
  },
];

describe("describeActor", () => {
  it.each(cases)("$name", ({ identity, type, label, extra }) => {
    const actor = describeActor(identity);
    expect(actor.type).toBe(type);
    expect(actor.label).toBe(label);
    if (extra) expect(actor).toMatchObject(extra);
    expect(JSON.parse(JSON.stringify(actor))).toEqual(actor);
  });
});
