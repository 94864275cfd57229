import type { ApiType } from "./types";

// The example formats on AWS's pages, verbatim but for the WebSocket page's continuation characters, which
// that page says are "meant as a visual aid". Known-good input for tests, and a starting point for a fix.
export const awsExampleFormats: { name: string; apiType: ApiType; format: string }[] = [
  // "Access logging for REST APIs" (set-up-access-logging).
  {
    name: "REST CLF",
    apiType: "REST",
    format:
      '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime]"$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId $context.extendedRequestId',
  },
  {
    name: "REST JSON",
    apiType: "REST",
    format:
      '{ "requestId":"$context.requestId", "extendedRequestId":"$context.extendedRequestId","ip": "$context.identity.sourceIp", "caller":"$context.identity.caller", "user":"$context.identity.user", "requestTime":"$context.requestTime", "httpMethod":"$context.httpMethod", "resourcePath":"$context.resourcePath", "status":"$context.status", "protocol":"$context.protocol", "responseLength":"$context.responseLength" }',
  },
  {
    name: "REST XML",
    apiType: "REST",
    format:
      '<request id="$context.requestId"> <extendedRequestId>$context.extendedRequestId</extendedRequestId> <ip>$context.identity.sourceIp</ip> <caller>$context.identity.caller</caller> <user>$context.identity.user</user> <requestTime>$context.requestTime</requestTime> <httpMethod>$context.httpMethod</httpMethod> <resourcePath>$context.resourcePath</resourcePath> <status>$context.status</status> <protocol>$context.protocol</protocol> <responseLength>$context.responseLength</responseLength> </request>',
  },
  {
    name: "REST CSV",
    apiType: "REST",
    format:
      "$context.identity.sourceIp,$context.identity.caller,$context.identity.user,$context.requestTime,$context.httpMethod,$context.resourcePath,$context.protocol,$context.status,$context.responseLength,$context.requestId,$context.extendedRequestId",
  },
  {
    name: "REST CloudFormation example",
    apiType: "REST",
    format:
      '$context.extendedRequestId $context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId',
  },
  // "Configure logging for HTTP APIs in API Gateway" (http-api-logging).
  {
    name: "HTTP CLF",
    apiType: "HTTP",
    format:
      '$context.identity.sourceIp - - [$context.requestTime] "$context.httpMethod $context.routeKey $context.protocol" $context.status $context.responseLength $context.requestId $context.extendedRequestId',
  },
  {
    name: "HTTP JSON",
    apiType: "HTTP",
    format:
      '{ "requestId":"$context.requestId", "ip": "$context.identity.sourceIp", "requestTime":"$context.requestTime", "httpMethod":"$context.httpMethod","routeKey":"$context.routeKey", "status":"$context.status","protocol":"$context.protocol", "responseLength":"$context.responseLength", "extendedRequestId": "$context.extendedRequestId" }',
  },
  {
    name: "HTTP XML",
    apiType: "HTTP",
    format:
      '<request id="$context.requestId"> <ip>$context.identity.sourceIp</ip> <requestTime>$context.requestTime</requestTime> <httpMethod>$context.httpMethod</httpMethod> <routeKey>$context.routeKey</routeKey> <status>$context.status</status> <protocol>$context.protocol</protocol> <responseLength>$context.responseLength</responseLength> <extendedRequestId>$context.extendedRequestId</extendedRequestId> </request>',
  },
  {
    name: "HTTP CSV",
    apiType: "HTTP",
    format:
      "$context.identity.sourceIp,$context.requestTime,$context.httpMethod,$context.routeKey,$context.protocol,$context.status,$context.responseLength,$context.requestId,$context.extendedRequestId",
  },
  // "Configure logging for WebSocket APIs in API Gateway" (websocket-api-logging).
  {
    name: "WebSocket CLF",
    apiType: "WEBSOCKET",
    format:
      '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.eventType $context.routeKey $context.connectionId" $context.status $context.requestId',
  },
  {
    name: "WebSocket JSON",
    apiType: "WEBSOCKET",
    format:
      '{"requestId":"$context.requestId", "ip": "$context.identity.sourceIp", "caller":"$context.identity.caller", "user":"$context.identity.user", "requestTime":"$context.requestTime", "eventType":"$context.eventType", "routeKey":"$context.routeKey", "status":"$context.status", "connectionId":"$context.connectionId"}',
  },
  {
    name: "WebSocket XML",
    apiType: "WEBSOCKET",
    format:
      '<request id="$context.requestId"> <ip>$context.identity.sourceIp</ip> <caller>$context.identity.caller</caller> <user>$context.identity.user</user> <requestTime>$context.requestTime</requestTime> <eventType>$context.eventType</eventType> <routeKey>$context.routeKey</routeKey> <status>$context.status</status> <connectionId>$context.connectionId</connectionId> </request>',
  },
  {
    name: "WebSocket CSV",
    apiType: "WEBSOCKET",
    format:
      "$context.identity.sourceIp,$context.identity.caller,$context.identity.user,$context.requestTime,$context.eventType,$context.routeKey,$context.connectionId,$context.status,$context.requestId",
  },
];
