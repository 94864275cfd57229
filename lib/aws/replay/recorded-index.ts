import type { Capture, CaptureCall, Service } from "../../capture/schema";
import { allowedEntryFor } from "../allowlist";
import { createServiceClient, type Client } from "../clients";
import { sendReadOnly } from "../read-only-send";
import { requestKey, type WireRequest } from "./request-key";
import { inputSchemaOf, operationSchemaOf, reviveForSchema } from "./schema-values";
import { utf8 } from "./utf8";
import { matchRegionOf } from "./wire-services";

class SerializedRequest extends Error {
  constructor(readonly request: WireRequest) {
    super("request kept instead of sent");
  }
}

interface HandledRequest {
  method: string;
  path: string;
  query?: WireRequest["query"];
  headers: WireRequest["headers"];
  body?: unknown;
}

/** Keeps the request the SDK built instead of sending it. */
const keepRequest = {
  handle: async (request: HandledRequest): Promise<never> => {
    throw new SerializedRequest({
      method: request.method,
      path: request.path,
      query: request.query ?? {},
      headers: request.headers,
      body: utf8(request.body),
    });
  },
};

/**
 * Indexes a capture's calls by the request the SDK would send for them. The SDK serializes each recorded input
 * itself, so a live request matches its recording exactly when both carry the same input, with no second copy
 * of the wire rules to drift from the SDK's.
 */
export async function indexRecordedCalls(capture: Capture): Promise<Map<string, CaptureCall>> {
  const clients = new Map<string, Client>();
  const index = new Map<string, CaptureCall>();
  try {
    for (const call of capture.calls) {
      const entry = allowedEntryFor(call.service, call.operation);
      // The collector can only ask for allowlisted calls; anything else in a capture is never requested.
      if (!entry) continue;
      const service = call.service as Service;
      const region = call.region ?? "us-east-1";
      let client = clients.get(`${service}@${region}`);
      if (!client) {
        client = createServiceClient(service, {
          region,
          endpoint: "http://replay.invalid",
          credentials: { accessKeyId: "REPLAY", secretAccessKey: "REPLAY" },
          maxAttempts: 1,
          requestHandler: keepRequest,
        });
        clients.set(`${service}@${region}`, client);
      }
      const input = reviveForSchema(inputSchemaOf(operationSchemaOf(entry.Command)), call.input);
      const request = await serialize(client, new entry.Command(input as never));
      const key = requestKey(service, matchRegionOf(service, call.operation, call.region), request);
      if (!index.has(key)) index.set(key, call);
    }
  } finally {
    for (const client of clients.values()) client.destroy();
  }
  return index;
}

async function serialize(client: Client, command: object): Promise<WireRequest> {
  try {
    await sendReadOnly(client, command);
  } catch (error) {
    if (error instanceof SerializedRequest) return error.request;
    throw error;
  }
  throw new Error("the request handler did not run");
}
