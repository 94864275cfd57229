import type { Capture } from "../capture/schema";
import { asArray, asRecord, CallIndex } from "../model/call-index";
import type { ApiType } from "../model/types";

/**
 * Why a probe cannot reach this API, read from the one-API scan, or null when it can. A probe is one plain HTTPS
 * request to the default execute-api endpoint: a WebSocket API needs a WebSocket handshake, a private API answers
 * only inside a VPC through an interface endpoint
 * (https://docs.aws.amazon.com/apigateway/latest/developerguide/apigateway-private-apis.html), and a disabled
 * default endpoint answers nothing (https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-disable-default-endpoint.html).
 */
export function probeBlocker(capture: Capture, region: string, apiId: string, apiType: ApiType): string | null {
  if (apiType === "WEBSOCKET") {
    return "WebSocket APIs are not supported: a probe is one HTTPS request, and a WebSocket API answers only a WebSocket connection.";
  }
  const api = apiRecord(capture, region, apiId, apiType);
  if (!api) return null;
  const types = asArray(asRecord(api.endpointConfiguration).types);
  if (types.includes("PRIVATE")) {
    return "Private APIs are not supported: they answer only inside a VPC, through an interface endpoint, which Log Doctor cannot reach.";
  }
  if (api.disableExecuteApiEndpoint === true || api.DisableExecuteApiEndpoint === true) {
    return "This API's default execute-api endpoint is disabled: it answers only through its custom domain names, and a probe sends only to the default endpoint.";
  }
  return null;
}

/** What every probe should say before it is sent, whatever the API. */
export const probeLimits = [
  "It carries no credentials and no AWS signature: a route that needs IAM authorization (or a Cognito or Lambda authorizer, or an API key) answers 401 or 403 before its integration runs.",
  "It goes to the default execute-api endpoint, not to a custom domain name.",
  "WebSocket APIs and private APIs are not supported.",
];

function apiRecord(capture: Capture, region: string, apiId: string, apiType: ApiType): Record<string, unknown> | null {
  const calls = new CallIndex(capture);
  if (apiType === "REST") {
    const one = calls
      .calls("apigateway", region, "GetRestApi")
      .find(({ call }) => call.input.restApiId === apiId && call.output);
    if (one) return asRecord(one.call.output);
    for (const { call } of calls.calls("apigateway", region, "GetRestApis")) {
      const item = asArray(asRecord(call.output).items)
        .map(asRecord)
        .find((i) => i.id === apiId);
      if (item) return item;
    }
    return null;
  }
  const one = calls
    .calls("apigatewayv2", region, "GetApi")
    .find(({ call }) => call.input.ApiId === apiId && call.output);
  if (one) return asRecord(one.call.output);
  for (const { call } of calls.calls("apigatewayv2", region, "GetApis")) {
    const item = asArray(asRecord(call.output).Items)
      .map(asRecord)
      .find((i) => i.ApiId === apiId);
    if (item) return item;
  }
  return null;
}
