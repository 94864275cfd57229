import type { Capture } from "../lib/capture/schema";
import { CaptureBuilder, HOUR } from "../testing/capture-builder";

/**
 * A synthetic account for benchmarks: `stages` stages spread over two regions and all three API types, with a mix
 * of healthy stages and the common causes, log groups and recent events, so every check does real work.
 */
export function generateAccount(stages: number): Capture {
  const regions = ["us-east-1", "eu-west-1"];
  const builder = new CaptureBuilder();
  const execGroups = new Map<string, string[]>(regions.map((r) => [r, []]));
  for (const region of regions) builder.region(region);
  builder.role("apigw-logs");

  const perApi = 3;
  for (let n = 0, api = 0; n < stages; api++) {
    const region = regions[api % regions.length];
    const id = `a${api.toString(36).padStart(9, "0")}`;
    const kind = api % 10;
    if (kind < 6) builder.restApi(id, { region, name: `orders-${api}` });
    else if (kind < 8) builder.httpApi(id, { region, name: `events-${api}` });
    else builder.webSocketApi(id, { region, name: `chat-${api}` });
    for (let s = 0; s < perApi && n < stages; s++, n++) {
      const stage = ["prod", "staging", "dev"][s];
      const group = `/aws/apigateway/${id}/${stage}`;
      const variant = (api + s) % 7;
      builder.stage(stage, {
        loggingLevel: kind >= 6 && kind < 8 ? null : variant === 1 ? "OFF" : variant === 2 ? "ERROR" : "INFO",
        overrides:
          variant === 3
            ? kind < 6
              ? { "~1items~1{id}/GET": { loggingLevel: "OFF" } }
              : { $connect: { loggingLevel: "OFF" } }
            : undefined,
        access:
          variant === 4
            ? null
            : {
                destinationArn: builder.logGroupArn(region, group),
                format:
                  variant === 5 ? "$context.status" : '{"requestId":"$context.requestId","status":"$context.status"}',
              },
      });
      builder
        .logGroups(region, group, variant === 6 ? [] : [group])
        .newestEvent(region, group, variant === 6 ? null : HOUR);
      if (kind < 6 || kind >= 8) {
        const exec = `API-Gateway-Execution-Logs_${id}/${stage}`;
        execGroups.get(region)!.push(exec);
        builder.newestEvent(region, exec, (api + s) % 5 === 0 ? 30 * 24 * HOUR : HOUR);
      }
    }
  }
  for (const region of regions) {
    builder.logGroups(region, "API-Gateway-Execution-Logs_", execGroups.get(region)!);
    builder.resourcePolicies(region, [
      {
        name: "AWSLogDeliveryWrite",
        document: {
          Version: "2012-10-17",
          Statement: [
            {
              Effect: "Allow",
              Principal: { Service: "delivery.logs.amazonaws.com" },
              Action: ["logs:CreateLogStream", "logs:PutLogEvents"],
              Resource: `arn:aws:logs:${region}:123456789012:log-group:/aws/apigateway/*`,
            },
          ],
        },
      },
    ]);
  }
  return builder.build();
}
