import type { ApiType } from "./types";

// Log formats AWS shows as examples, with the pages' continuation characters removed as the pages instruct
// ("The continuation characters (\) are meant as a visual aid"). Used by tests as known-good input.
export const awsExampleFormats: { name: string; apiType: ApiType; format: string }[] = [
  // "Access logging for REST APIs" (set-up-access-logging).
  {
    name: "REST CLF",
    apiType: "REST",
    format:
      '$context.identity.sourceIp $context.identity.caller $context.identity.user [$context.requestTime] "$context.httpMethod $context.resourcePath $context.protocol" $context.status $context.responseLength $context.requestId $context.extendedRequestId',
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
      '<request id="$context.requestId"> <ip>$context.identity.sourceIp</ip> <caller>$context.identity.caller</caller> <user>$context.identity.user</user> <requestTime>$context.requestTime</requestTime> <httpMethod>$context.httpMethod</httpMethod> <resourcePath>$context.resourcePath</resourcePath> <status>$context.status</status> <protocol>$context.protocol</protocol> <responseLength>$context.responseLength</responseLength> </request>',
  },
  {
    name: "REST CSV",
    apiType: "REST",
    format:
      "$context.identity.sourceIp,$context.identity.caller,$context.identity.user,$context.requestTime,$context.httpMethod,$context.resourcePath,$context.protocol,$context.status,$context.responseLength,$context.requestId",
  },
  // "Configure logging for HTTP APIs in API Gateway" (http-api-logging).
  {
    name: "HTTP CLF",
    apiType: "HTTP",
    format:
      '$context.identity.sourceIp - - [$context.requestTime] "$context.httpMethod $context.routeKey $context.protocol" $context.status $context.responseLength $context.requestId',
  },
  {
    name: "HTTP JSON",
    apiType: "HTTP",
    format:
      '{ "requestId":"$context.requestId", "ip": "$context.identity.sourceIp", "requestTime":"$context.requestTime", "httpMethod":"$context.httpMethod","routeKey":"$context.routeKey", "status":"$context.status","protocol":"$context.protocol", "responseLength":"$context.responseLength" }',
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
    name: "WebSocket CSV",
    apiType: "WEBSOCKET",
    format:
      "$context.identity.sourceIp,$context.identity.caller,$context.identity.user,$context.requestTime,$context.eventType,$context.routeKey,$context.connectionId,$context.status,$context.requestId",
  },
];
