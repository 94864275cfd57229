import * as accountSdk from "@aws-sdk/client-account";
import * as apigatewaySdk from "@aws-sdk/client-api-gateway";
import * as apigatewayv2Sdk from "@aws-sdk/client-apigatewayv2";
import * as cloudtrailSdk from "@aws-sdk/client-cloudtrail";
import * as logsSdk from "@aws-sdk/client-cloudwatch-logs";
import * as firehoseSdk from "@aws-sdk/client-firehose";
import * as iamSdk from "@aws-sdk/client-iam";
import * as kmsSdk from "@aws-sdk/client-kms";
import * as stsSdk from "@aws-sdk/client-sts";
import type { Service } from "../../capture/schema";

export type WireProtocol = "restJson1" | "awsJson1_1" | "awsQuery";

/** How a service looks on the wire: its SigV4 signing name, its protocol, and its SDK module (error schemas). */
export interface WireService {
  service: Service;
  signingName: string;
  protocol: WireProtocol;
  sdk: Record<string, unknown>;
  /** awsQuery responses carry the service's XML namespace. */
  xmlNamespace?: string;
  /** The code and status the service throttles with. */
  throttle: { code: string; status: number };
  accessDenied: { code: string; status: number };
}

const wireServices: Record<Service, WireService> = {
  apigateway: {
    service: "apigateway",
    signingName: "apigateway",
    protocol: "restJson1",
    sdk: apigatewaySdk,
    throttle: { code: "TooManyRequestsException", status: 429 },
    accessDenied: { code: "AccessDeniedException", status: 403 },
  },
  apigatewayv2: {
    service: "apigatewayv2",
    signingName: "apigateway",
    protocol: "restJson1",
    sdk: apigatewayv2Sdk,
    throttle: { code: "TooManyRequestsException", status: 429 },
    accessDenied: { code: "AccessDeniedException", status: 403 },
  },
  iam: {
    service: "iam",
    signingName: "iam",
    protocol: "awsQuery",
    sdk: iamSdk,
    xmlNamespace: "https://iam.amazonaws.com/doc/2010-05-08/",
    throttle: { code: "Throttling", status: 400 },
    accessDenied: { code: "AccessDenied", status: 403 },
  },
  sts: {
    service: "sts",
    signingName: "sts",
    protocol: "awsQuery",
    sdk: stsSdk,
    xmlNamespace: "https://sts.amazonaws.com/doc/2011-06-15/",
    throttle: { code: "Throttling", status: 400 },
    accessDenied: { code: "AccessDenied", status: 403 },
  },
  "cloudwatch-logs": {
    service: "cloudwatch-logs",
    signingName: "logs",
    protocol: "awsJson1_1",
    sdk: logsSdk,
    throttle: { code: "ThrottlingException", status: 400 },
    accessDenied: { code: "AccessDeniedException", status: 400 },
  },
  cloudtrail: {
    service: "cloudtrail",
    signingName: "cloudtrail",
    protocol: "awsJson1_1",
    sdk: cloudtrailSdk,
    throttle: { code: "ThrottlingException", status: 400 },
    accessDenied: { code: "AccessDeniedException", status: 400 },
  },
  kms: {
    service: "kms",
    signingName: "kms",
    protocol: "awsJson1_1",
    sdk: kmsSdk,
    throttle: { code: "ThrottlingException", status: 400 },
    accessDenied: { code: "AccessDeniedException", status: 400 },
  },
  firehose: {
    service: "firehose",
    signingName: "firehose",
    protocol: "awsJson1_1",
    sdk: firehoseSdk,
    throttle: { code: "ThrottlingException", status: 400 },
    accessDenied: { code: "AccessDeniedException", status: 400 },
  },
  account: {
    service: "account",
    signingName: "account",
    protocol: "restJson1",
    sdk: accountSdk,
    throttle: { code: "TooManyRequestsException", status: 429 },
    accessDenied: { code: "AccessDeniedException", status: 403 },
  },
};

export function wireServiceOf(service: Service): WireService {
  return wireServices[service];
}

/** The capture service a signed request is for: API Gateway v1 and v2 share a signing name, v2 lives under /v2/. */
export function serviceOfRequest(signingName: string, path: string): WireService | undefined {
  if (signingName === "apigateway")
    return path.startsWith("/v2/") ? wireServices.apigatewayv2 : wireServices.apigateway;
  return Object.values(wireServices).find((wire) => wire.signingName === signingName);
}

/**
 * The region a recorded call is matched in. IAM and Account are global, and capture.md lets GetCallerIdentity
 * carry whichever region it was sent to, so those match in any region.
 */
export function matchRegionOf(service: string, operation: string, region: string | undefined): string {
  if (service === "iam" || service === "account") return "global";
  if (service === "sts" && operation === "GetCallerIdentity") return "global";
  return region ?? "global";
}
