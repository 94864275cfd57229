import { AccountClient } from "@aws-sdk/client-account";
import { APIGatewayClient } from "@aws-sdk/client-api-gateway";
import { ApiGatewayV2Client } from "@aws-sdk/client-apigatewayv2";
import { CloudTrailClient } from "@aws-sdk/client-cloudtrail";
import { CloudWatchLogsClient } from "@aws-sdk/client-cloudwatch-logs";
import { FirehoseClient } from "@aws-sdk/client-firehose";
import { IAMClient } from "@aws-sdk/client-iam";
import { KMSClient } from "@aws-sdk/client-kms";
import { STSClient } from "@aws-sdk/client-sts";
import type { Service } from "../capture/schema";
import type { SendingClient } from "./read-only-send";

/** What tests and the bench may override; a real scan passes none of these. */
export interface ClientOverrides {
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
  /** Attempts per call of the collector's own retry loop (the SDK's own retry is always off). */
  maxAttempts?: number;
}

export interface ClientConfig {
  region: string;
  profile?: string;
  endpoint?: string;
  credentials?: unknown;
  maxAttempts: number;
  useGlobalEndpoint?: boolean;
  requestHandler?: unknown;
}

export type Client = SendingClient & { destroy(): void; config: { region(): Promise<string>; credentials?: unknown } };
type ClientClass = new (config: ClientConfig) => Client;

const clientClasses: Record<Service, ClientClass> = {
  sts: STSClient as unknown as ClientClass,
  apigateway: APIGatewayClient as unknown as ClientClass,
  apigatewayv2: ApiGatewayV2Client as unknown as ClientClass,
  iam: IAMClient as unknown as ClientClass,
  "cloudwatch-logs": CloudWatchLogsClient as unknown as ClientClass,
  cloudtrail: CloudTrailClient as unknown as ClientClass,
  account: AccountClient as unknown as ClientClass,
  kms: KMSClient as unknown as ClientClass,
  firehose: FirehoseClient as unknown as ClientClass,
};

/** A client of the SDK's own class for the service (the replay server uses it to serialize recorded inputs). */
export function createServiceClient(service: Service, config: ClientConfig): Client {
  return new clientClasses[service](config);
}

/**
 * One SDK client per (service, region), built by the SDK's own configuration resolution so that AWS_PROFILE,
 * AWS_REGION, the shared config and credentials files, SSO and AWS_ENDPOINT_URL(_<SERVICE>) behave exactly as
 * in the AWS CLI. We only pass `profile` when the user named one, and share one credential provider so a profile
 * that assumes a role or uses SSO resolves once, not once per client.
 */
export class ClientPool {
  private readonly clients = new Map<string, Client>();
  private readonly base: Client;

  constructor(
    private readonly profile: string | undefined,
    private readonly overrides: ClientOverrides = {},
  ) {
    this.base = new clientClasses.sts(this.config(undefined));
  }

  get(service: Service, region: string): SendingClient {
    const key = `${service}@${region}`;
    let client = this.clients.get(key);
    if (!client) {
      const config = this.config(region);
      // The STS probe must reach the region's own endpoint; a legacy global-endpoint setting would defeat it.
      if (service === "sts") config.useGlobalEndpoint = false;
      client = createServiceClient(service, config);
      this.clients.set(key, client);
    }
    return client;
  }

  /** The region the SDK resolves without being told one (AWS_REGION, the profile's region), if any. */
  async defaultRegion(): Promise<string | undefined> {
    try {
      return await this.base.config.region();
    } catch {
      return undefined;
    }
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.base.destroy();
    this.clients.clear();
  }

  private config(region: string | undefined): ClientConfig {
    const config = { maxAttempts: 1 } as ClientConfig;
    if (region !== undefined) config.region = region;
    if (this.profile !== undefined) config.profile = this.profile;
    if (this.overrides.endpoint !== undefined) config.endpoint = this.overrides.endpoint;
    config.credentials = this.overrides.credentials ?? this.base?.config.credentials;
    if (config.credentials === undefined) delete config.credentials;
    return config;
  }
}
