import { GetAccountCommand as ApiGatewayGetAccountCommand } from "@aws-sdk/client-api-gateway";
import {
  GetAuthorizersCommand,
  GetBasePathMappingsCommand,
  GetDomainNamesCommand as RestGetDomainNamesCommand,
  GetRestApiCommand,
  GetRestApisCommand,
  GetStagesCommand as RestGetStagesCommand,
} from "@aws-sdk/client-api-gateway";
import {
  GetApiCommand,
  GetApiMappingsCommand,
  GetApisCommand,
  GetDomainNamesCommand as V2GetDomainNamesCommand,
  GetStagesCommand as V2GetStagesCommand,
  ListRoutingRulesCommand,
} from "@aws-sdk/client-apigatewayv2";
import { ListRegionsCommand } from "@aws-sdk/client-account";
import {
  DescribeTrailsCommand,
  GetEventSelectorsCommand,
  GetTrailStatusCommand,
  LookupEventsCommand,
} from "@aws-sdk/client-cloudtrail";
import {
  DescribeDeliveriesCommand,
  DescribeDeliveryDestinationsCommand,
  DescribeDeliverySourcesCommand,
  DescribeLogGroupsCommand,
  DescribeLogStreamsCommand,
  DescribeResourcePoliciesCommand,
  FilterLogEventsCommand,
  GetLogEventsCommand,
} from "@aws-sdk/client-cloudwatch-logs";
import {
  GetPolicyCommand,
  GetPolicyVersionCommand,
  GetRoleCommand,
  GetRolePolicyCommand,
  ListAttachedRolePoliciesCommand,
  ListRolePoliciesCommand,
  SimulatePrincipalPolicyCommand,
} from "@aws-sdk/client-iam";
import { GetCallerIdentityCommand, GetSessionTokenCommand } from "@aws-sdk/client-sts";
import { DescribeKeyCommand } from "@aws-sdk/client-kms";
import { DescribeDeliveryStreamCommand } from "@aws-sdk/client-firehose";
import type { Service } from "../capture/schema";

/** Any SDK v3 command class: constructed with its input, sent by a client of its service. */
export type CommandClass = new (input: never) => object;

export interface AllowedCommand {
  service: Service;
  operation: string;
  Command: CommandClass;
  /** The IAM action that authorizes the call, for the generated least-privilege policy. */
  iamAction: string;
  /** Resource ARN patterns the call touches; `{partition}` is filled in by the policy generator. */
  resources: string[];
}

const apigatewayArn = (path: string) => `arn:{partition}:apigateway:*::${path}`;
const roleArns = ["arn:{partition}:iam::*:role/*"];
const policyArns = ["arn:{partition}:iam::*:policy/*"];
const anyResource = ["*"];
/** Log content (the lines themselves) is granted apart from configuration, on log groups only. */
const logGroupArns = ["arn:{partition}:logs:*:*:log-group:*"];

function allow(
  service: Service,
  operation: string,
  Command: CommandClass,
  iamAction: string,
  resources: string[],
): AllowedCommand {
  return { service, operation, Command, iamAction, resources };
}

/**
 * Every command the collector may send. Only reads (Get/List/Describe/Lookup/Simulate/Filter) and the STS region probe
 * (GetSessionToken, whose credentials are dropped before recording) belong here: adding a command is a reviewed
 * change to the tool's permissions, and `read-only-send` refuses anything that is not listed.
 */
export const allowedCommands: readonly AllowedCommand[] = [
  // sts: both need no permission (AWS documents that policies cannot control them); listed for clarity.
  allow("sts", "GetCallerIdentity", GetCallerIdentityCommand, "sts:GetCallerIdentity", anyResource),
  allow("sts", "GetSessionToken", GetSessionTokenCommand, "sts:GetSessionToken", anyResource),
  allow("account", "ListRegions", ListRegionsCommand, "account:ListRegions", anyResource),

  allow("apigateway", "GetAccount", ApiGatewayGetAccountCommand, "apigateway:GET", [apigatewayArn("/account")]),
  allow("apigateway", "GetRestApis", GetRestApisCommand, "apigateway:GET", [apigatewayArn("/restapis")]),
  allow("apigateway", "GetRestApi", GetRestApiCommand, "apigateway:GET", [apigatewayArn("/restapis/*")]),
  allow("apigateway", "GetStages", RestGetStagesCommand, "apigateway:GET", [apigatewayArn("/restapis/*/stages")]),
  allow("apigateway", "GetDomainNames", RestGetDomainNamesCommand, "apigateway:GET", [apigatewayArn("/domainnames")]),
  allow("apigateway", "GetBasePathMappings", GetBasePathMappingsCommand, "apigateway:GET", [
    apigatewayArn("/domainnames/*/basepathmappings"),
  ]),
  allow("apigatewayv2", "GetApis", GetApisCommand, "apigateway:GET", [apigatewayArn("/apis")]),
  allow("apigatewayv2", "GetApi", GetApiCommand, "apigateway:GET", [apigatewayArn("/apis/*")]),
  allow("apigatewayv2", "GetStages", V2GetStagesCommand, "apigateway:GET", [apigatewayArn("/apis/*/stages")]),
  allow("apigatewayv2", "GetDomainNames", V2GetDomainNamesCommand, "apigateway:GET", [apigatewayArn("/domainnames")]),
  allow("apigatewayv2", "GetApiMappings", GetApiMappingsCommand, "apigateway:GET", [
    apigatewayArn("/domainnames/*/apimappings"),
  ]),
  allow("apigateway", "GetAuthorizers", GetAuthorizersCommand, "apigateway:GET", [
    apigatewayArn("/restapis/*/authorizers"),
  ]),
  // Routing rules have their own IAM action, authorized on the rule ARN, which carries the account (Service
  // Authorization Reference, API Gateway Management V2: ListRoutingRules → RoutingRule*).
  allow("apigatewayv2", "ListRoutingRules", ListRoutingRulesCommand, "apigateway:ListRoutingRules", [
    "arn:{partition}:apigateway:*:*:/domainnames/*/routingrules/*",
  ]),

  allow("iam", "GetRole", GetRoleCommand, "iam:GetRole", roleArns),
  allow("iam", "ListAttachedRolePolicies", ListAttachedRolePoliciesCommand, "iam:ListAttachedRolePolicies", roleArns),
  allow("iam", "ListRolePolicies", ListRolePoliciesCommand, "iam:ListRolePolicies", roleArns),
  allow("iam", "GetRolePolicy", GetRolePolicyCommand, "iam:GetRolePolicy", roleArns),
  allow("iam", "SimulatePrincipalPolicy", SimulatePrincipalPolicyCommand, "iam:SimulatePrincipalPolicy", roleArns),
  allow("iam", "GetPolicy", GetPolicyCommand, "iam:GetPolicy", policyArns),
  allow("iam", "GetPolicyVersion", GetPolicyVersionCommand, "iam:GetPolicyVersion", policyArns),

  allow("cloudwatch-logs", "DescribeLogGroups", DescribeLogGroupsCommand, "logs:DescribeLogGroups", anyResource),
  allow("cloudwatch-logs", "DescribeLogStreams", DescribeLogStreamsCommand, "logs:DescribeLogStreams", anyResource),
  allow(
    "cloudwatch-logs",
    "DescribeResourcePolicies",
    DescribeResourcePoliciesCommand,
    "logs:DescribeResourcePolicies",
    anyResource,
  ),
  allow(
    "cloudwatch-logs",
    "DescribeDeliverySources",
    DescribeDeliverySourcesCommand,
    "logs:DescribeDeliverySources",
    anyResource,
  ),
  allow("cloudwatch-logs", "DescribeDeliveries", DescribeDeliveriesCommand, "logs:DescribeDeliveries", anyResource),
  allow(
    "cloudwatch-logs",
    "DescribeDeliveryDestinations",
    DescribeDeliveryDestinationsCommand,
    "logs:DescribeDeliveryDestinations",
    anyResource,
  ),

  // Log content, read only to find a request or show the latest events; never part of a scan.
  allow("cloudwatch-logs", "FilterLogEvents", FilterLogEventsCommand, "logs:FilterLogEvents", logGroupArns),
  allow("cloudwatch-logs", "GetLogEvents", GetLogEventsCommand, "logs:GetLogEvents", logGroupArns),

  allow("cloudtrail", "DescribeTrails", DescribeTrailsCommand, "cloudtrail:DescribeTrails", anyResource),
  allow("cloudtrail", "GetTrailStatus", GetTrailStatusCommand, "cloudtrail:GetTrailStatus", anyResource),
  allow("cloudtrail", "GetEventSelectors", GetEventSelectorsCommand, "cloudtrail:GetEventSelectors", anyResource),
  allow("cloudtrail", "LookupEvents", LookupEventsCommand, "cloudtrail:LookupEvents", anyResource),

  // The key of a log group a stage writes to, and a Firehose destination: whether they can take logs at all.
  allow("kms", "DescribeKey", DescribeKeyCommand, "kms:DescribeKey", anyResource),
  allow(
    "firehose",
    "DescribeDeliveryStream",
    DescribeDeliveryStreamCommand,
    "firehose:DescribeDeliveryStream",
    anyResource,
  ),
];

/** The allowlist entry of a command instance, matched by class identity (a look-alike class name does not pass). */
export function allowedEntryOf(command: object): AllowedCommand | undefined {
  return allowedCommands.find((entry) => command.constructor === entry.Command);
}

export function allowedEntryFor(service: string, operation: string): AllowedCommand | undefined {
  return allowedCommands.find((entry) => entry.service === service && entry.operation === operation);
}
