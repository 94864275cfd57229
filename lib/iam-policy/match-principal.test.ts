import { describe, expect, it } from "vitest";
import { principalBlockNames } from "./match-principal";
import type { PrincipalBlock, RequestPrincipal } from "./types";

const apigateway: RequestPrincipal = { type: "Service", id: "apigateway.amazonaws.com" };
const lambda: RequestPrincipal = { type: "Service", id: "lambda.amazonaws.com" };
const role: RequestPrincipal = { type: "AWS", id: "arn:aws:iam::111122223333:role/deployer" };

describe("principalBlockNames", () => {
  it.each<[string, PrincipalBlock, RequestPrincipal, boolean]>([
    ["the service it lists", { Service: ["apigateway.amazonaws.com"] }, apigateway, true],
    ["not another service", { Service: ["apigateway.amazonaws.com"] }, lambda, false],
    ["a service among several", { Service: ["lambda.amazonaws.com", "apigateway.amazonaws.com"] }, apigateway, true],
    ["service names case-insensitively", { Service: ["APIGateway.amazonaws.com"] }, apigateway, true],
    ["not a look-alike service", { Service: ["apigateway.amazonaws.com.evil"] }, apigateway, false],
    ['everyone with "*"', "*", apigateway, true],
    ['everyone with {"AWS": "*"}, services included', { AWS: ["*"] }, apigateway, true],
    ["not a service through an AWS entry", { AWS: ["arn:aws:iam::111122223333:root"] }, apigateway, false],
    [
      "not a service through a Federated entry of the same name",
      { Federated: ["apigateway.amazonaws.com"] },
      apigateway,
      false,
    ],
    ["an IAM role by ARN", { AWS: ["arn:aws:iam::111122223333:role/deployer"] }, role, true],
    ["an IAM role through its account id", { AWS: ["111122223333"] }, role, true],
    ["an IAM role through its account root ARN", { AWS: ["arn:aws:iam::111122223333:root"] }, role, true],
    ["not a role of another account", { AWS: ["arn:aws:iam::999999999999:root"] }, role, false],
    ["not a role through a sibling role ARN", { AWS: ["arn:aws:iam::111122223333:role/other"] }, role, false],
    [
      "a federated provider ARN",
      { Federated: ["arn:aws:iam::111122223333:saml-provider/idp"] },
      { type: "Federated", id: "arn:aws:iam::111122223333:saml-provider/idp" },
      true,
    ],
    [
      "a federated domain case-insensitively",
      { Federated: ["Cognito-Identity.amazonaws.com"] },
      { type: "Federated", id: "cognito-identity.amazonaws.com" },
      true,
    ],
    [
      "a canonical user exactly",
      { CanonicalUser: ["79a59df900b949e55d96a1e698fbaced"] },
      { type: "CanonicalUser", id: "79a59df900b949e55d96a1e698fbaced" },
      true,
    ],
    ["nothing with an empty block", {}, apigateway, false],
  ])("names %s", (_name, block, principal, expected) => {
    expect(principalBlockNames(block, principal)).toBe(expected);
  });
});
