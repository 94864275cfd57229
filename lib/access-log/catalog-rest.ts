// Follows AWS "Variables for access logging for API Gateway" (REST APIs):
// https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-variables-for-access-logging.html
// The stored copy of that page only showed its first rows (accountId … authorizer.property), so the remaining
// rows come from the same list's 2023 text, when it lived in api-gateway-mapping-template-reference.md
// (awsdocs/amazon-api-gateway-developer-guide, sections "$context variables for data models…" and "…for access
// logging only"), plus the AWS pages that introduced variables since; those are marked where they appear.

export const restExact = [
  "$context.accountId",
  "$context.apiId",
  "$context.authenticate.error",
  "$context.authenticate.latency",
  "$context.authenticate.status",
  "$context.authorize.error",
  "$context.authorize.latency",
  "$context.authorize.status",
  "$context.authorizer.error",
  "$context.authorizer.integrationLatency",
  "$context.authorizer.integrationStatus",
  "$context.authorizer.latency",
  "$context.authorizer.principalId",
  "$context.authorizer.requestId",
  "$context.authorizer.status",
  "$context.awsEndpointRequestId",
  "$context.customDomain.basePathMatched",
  // "Troubleshooting issues with routing rules" (rest-api-routing-rules-troubleshoot).
  "$context.customDomain.routingRuleIdMatched",
  "$context.deploymentId",
  "$context.domainName",
  "$context.domainPrefix",
  // Marked "(2)": seen in full-list formats copied from the current page and in copies of "Variables for data
  // transformations", but not read on an AWS page here.
  "$context.endpointType", // (2)
  "$context.error.message",
  "$context.error.messageString",
  "$context.error.responseType",
  "$context.error.validationErrorString",
  "$context.extendedRequestId",
  "$context.httpMethod",
  "$context.identity.accountId",
  "$context.identity.apiKey",
  "$context.identity.apiKeyId",
  "$context.identity.caller",
  "$context.identity.clientCert.clientCertPem",
  "$context.identity.clientCert.issuerDN",
  "$context.identity.clientCert.serialNumber",
  "$context.identity.clientCert.subjectDN",
  "$context.identity.clientCert.validity.notAfter",
  "$context.identity.clientCert.validity.notBefore",
  "$context.identity.cognitoAuthenticationProvider",
  "$context.identity.cognitoAuthenticationType",
  "$context.identity.cognitoIdentityId",
  "$context.identity.cognitoIdentityPoolId",
  "$context.identity.principalOrgId",
  "$context.identity.sourceIp",
  "$context.identity.user",
  "$context.identity.userAgent",
  "$context.identity.userArn",
  "$context.identity.vpcId", // (2)
  "$context.identity.vpceId", // (2)
  "$context.integration.error",
  "$context.integration.integrationStatus",
  "$context.integration.latency",
  "$context.integration.requestId",
  // Response streaming: the AWS Compute Blog post announcing it lists these three as new access-log variables.
  "$context.integration.responseTransferMode",
  "$context.integration.status",
  "$context.integration.timeToAllHeaders",
  "$context.integration.timeToFirstContent",
  "$context.integrationErrorMessage",
  "$context.integrationLatency",
  "$context.integrationStatus",
  "$context.isCanaryRequest", // (2)
  "$context.path",
  "$context.protocol",
  "$context.requestId",
  "$context.requestTime",
  "$context.requestTimeEpoch",
  "$context.resourceId",
  "$context.resourcePath",
  "$context.responseLatency",
  "$context.responseLength",
  "$context.responseOverride.status",
  "$context.stage",
  "$context.status",
  // "Choose a security policy for your custom domain in API Gateway" names these two for access logs.
  "$context.tlsVersion",
  "$context.cipherSuite",
  "$context.waf.error",
  "$context.waf.latency",
  "$context.waf.status",
  "$context.wafResponseCode",
  "$context.webaclArn",
  "$context.xrayTraceId",
] as const;

// The page documents these as `…claims.property`, `…authorizer.property`, `…header.header_name`, and so on.
export const restPrefixes = [
  "$context.authorizer.claims.",
  "$context.authorizer.",
  "$context.requestOverride.header.",
  "$context.requestOverride.path.",
  "$context.requestOverride.querystring.",
  "$context.responseOverride.header.",
] as const;
