import { JsonCodec2, XmlCodec } from "@aws-sdk/core/protocols";
import { NormalizedSchema } from "@smithy/core/schema";
import { outputSchemaOf, reviveForSchema, type OperationSchema } from "./schema-values";
import { utf8 } from "./utf8";
import type { WireService } from "./wire-services";

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Smithy's timestamp format ids: restJson1 and awsJson send epoch seconds, awsQuery ISO date-times. */
const epochSeconds = 7;
const dateTime = 5;

/**
 * A recorded output as the service would send it. The SDK's own codecs write it from the operation's output
 * schema, so the wire names (`item` for the SDK's `items`, v2's camelCase) are the ones the SDK reads back.
 */
export function outputResponse(
  wire: WireService,
  operation: OperationSchema,
  output: unknown,
  requestId: string,
): WireResponse {
  const schema = outputSchemaOf(operation);
  const value = reviveForSchema(schema, output ?? {});
  if (wire.protocol === "awsQuery") {
    const serializer = new XmlCodec({
      xmlNamespace: wire.xmlNamespace ?? "",
      serviceNamespace: operation[1],
      timestampFormat: { useTrait: true, default: dateTime },
    }).createSerializer();
    serializer.write(schema, value);
    const name = operation[2];
    const members = innerXml(utf8(serializer.flush()));
    const body =
      `<${name}Response xmlns="${wire.xmlNamespace}"><${name}Result>${members}</${name}Result>` +
      `<ResponseMetadata><RequestId>${requestId}</RequestId></ResponseMetadata></${name}Response>`;
    return { status: 200, headers: { "content-type": "text/xml", "x-amzn-requestid": requestId }, body };
  }
  const serializer = new JsonCodec2({
    jsonName: wire.protocol === "restJson1",
    timestampFormat: { useTrait: true, default: epochSeconds },
  }).createSerializer();
  serializer.write(schema, value);
  const contentType = wire.protocol === "awsJson1_1" ? "application/x-amz-json-1.1" : "application/json";
  const http = operation[3].http as [string, string, number] | undefined;
  const body = utf8(serializer.flush());
  return { status: http?.[2] ?? 200, headers: { "content-type": contentType, "x-amzn-requestid": requestId }, body };
}

/**
 * An error in the service's wire shape. `name` is the SDK error name a capture records; the wire code can differ
 * (IAM's `NoSuchEntityException` is `NoSuchEntity` on the wire), which the SDK's error schema tells us. Names the
 * SDK does not model (IAM's `AccessDenied`) are their own wire code.
 */
export function errorResponse(
  wire: WireService,
  name: string,
  message: string,
  requestId: string,
  status?: number,
  extraHeaders: Record<string, string> = {},
): WireResponse {
  const traits = errorTraitsOf(wire, name);
  const queryError = traits.awsQueryError as [string, number] | undefined;
  const code = (wire.protocol === "awsQuery" && queryError?.[0]) || name;
  const httpStatus =
    status ?? queryError?.[1] ?? (traits.httpError as number | undefined) ?? (traits.error === "server" ? 500 : 400);
  const headers = { "x-amzn-requestid": requestId, ...extraHeaders };

  if (wire.protocol === "awsQuery") {
    const type = httpStatus >= 500 ? "Receiver" : "Sender";
    const body =
      `<ErrorResponse xmlns="${wire.xmlNamespace}"><Error><Type>${type}</Type><Code>${escapeXml(code)}</Code>` +
      `<Message>${escapeXml(message)}</Message></Error><RequestId>${requestId}</RequestId></ErrorResponse>`;
    return { status: httpStatus, headers: { ...headers, "content-type": "text/xml" }, body };
  }
  if (wire.protocol === "awsJson1_1") {
    const body = JSON.stringify({ __type: code, message });
    return { status: httpStatus, headers: { ...headers, "content-type": "application/x-amz-json-1.1" }, body };
  }
  const body = JSON.stringify({ message });
  return {
    status: httpStatus,
    headers: { ...headers, "content-type": "application/json", "x-amzn-errortype": code },
    body,
  };
}

function errorTraitsOf(wire: WireService, name: string): Record<string, unknown> {
  const schema = wire.sdk[`${name}$`];
  if (!Array.isArray(schema)) return {};
  try {
    return NormalizedSchema.of(schema as never).getMergedTraits() as Record<string, unknown>;
  } catch {
    return {};
  }
}

/** The children of the serializer's root element (`<GetRoleResponse xmlns=…>children</GetRoleResponse>`). */
function innerXml(xml: string): string {
  const trimmed = xml.replace(/^<\?xml[^>]*>/, "").trim();
  if (/^<[^>]+\/>$/.test(trimmed)) return "";
  const open = trimmed.indexOf(">");
  const close = trimmed.lastIndexOf("</");
  return open >= 0 && close > open ? trimmed.slice(open + 1, close) : "";
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
