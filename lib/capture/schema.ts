import { z } from "zod";
import { MAX_REGIONS } from "./limits";

/** The SDK client ids a capture may name (`docs/spec/capture.md`). Unknown services are kept and ignored. */
export const knownServices = [
  "sts",
  "apigateway",
  "apigatewayv2",
  "iam",
  "cloudwatch-logs",
  "cloudtrail",
  "account",
  "kms",
  "firehose",
] as const;
export type Service = (typeof knownServices)[number];

export const awsErrorSchema = z.looseObject({
  name: z.string().min(1, "error.name must be a non-empty string"),
  message: z.string(),
  httpStatusCode: z.number().int().optional(),
});
export type AwsError = z.infer<typeof awsErrorSchema>;

export const captureCallSchema = z
  .looseObject({
    service: z.string().min(1),
    region: z.string().min(1).optional(),
    operation: z.string().min(1),
    input: z.record(z.string(), z.unknown()).default({}),
    output: z.unknown().optional(),
    error: awsErrorSchema.optional(),
  })
  .superRefine((call, ctx) => {
    const hasOutput = call.output !== undefined;
    const hasError = call.error !== undefined;
    if (hasOutput === hasError) {
      ctx.addIssue({
        code: "custom",
        message: hasOutput ? "has both output and error (exactly one is allowed)" : "has neither output nor error",
      });
    }
  });
export type CaptureCall = z.infer<typeof captureCallSchema>;

export const captureSchema = z.looseObject({
  kind: z.literal("log-doctor/capture", { error: 'kind must be "log-doctor/capture"' }),
  version: z.literal(1, { error: "version must be 1 (the only capture version this build reads)" }),
  capturedAt: z.union([z.string().min(1), z.number()]),
  partition: z.string().min(1).default("aws"),
  regions: z.array(z.string().min(1)).max(MAX_REGIONS, `lists more than the limit of ${MAX_REGIONS} regions`),
  calls: z.array(z.unknown()),
});

export interface Capture {
  kind: "log-doctor/capture";
  version: 1;
  capturedAt: string;
  partition: string;
  regions: string[];
  calls: CaptureCall[];
}
