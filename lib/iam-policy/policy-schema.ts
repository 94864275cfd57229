import { z } from "zod";
import type { PolicyDocument, PolicyStatement } from "./types";

// IAM accepts a bare string wherever a list is allowed; normalizing here means no evaluator code ever branches on it.
const stringList = (element: string) =>
  z
    .union([z.string(), z.array(z.string())], { error: `${element} must be a string or an array of strings` })
    .transform((value) => (typeof value === "string" ? [value] : value));

const principalBlock = (element: string) =>
  z.union([z.literal("*"), z.record(z.string(), stringList(`each ${element} value`))], {
    error: `${element} must be "*" or an object such as {"Service": "apigateway.amazonaws.com"}`,
  });

// JSON policies may write `"aws:MultiFactorAuthPresent": false` or a number: IAM compares them as strings.
const conditionScalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const conditionValues = z
  .union([conditionScalar, z.array(conditionScalar)], {
    error: "each Condition value must be a string, number, boolean or an array of them",
  })
  .transform((value) => (Array.isArray(value) ? value : [value]));
const conditionBlock = z.record(
  z.string(),
  z.record(z.string(), conditionValues, { error: "each Condition operator must map keys to values" }),
  { error: 'Condition must be an object such as {"StringEquals": {"aws:SourceAccount": "123456789012"}}' },
);

const effect = z.enum(["Allow", "Deny"], {
  error: (issue) =>
    issue.input === undefined ? 'Effect is missing (must be "Allow" or "Deny")' : 'Effect must be "Allow" or "Deny"',
});

export const statementSchema = z
  .object(
    {
      Sid: z.string({ error: "Sid must be a string" }).optional(),
      Effect: effect,
      Action: stringList("Action").optional(),
      NotAction: stringList("NotAction").optional(),
      Resource: stringList("Resource").optional(),
      NotResource: stringList("NotResource").optional(),
      Principal: principalBlock("Principal").optional(),
      NotPrincipal: principalBlock("NotPrincipal").optional(),
      Condition: conditionBlock.optional(),
    },
    { error: "must be an object" },
  )
  .superRefine((statement, ctx) => {
    const exclusive = [
      ["Action", "NotAction"],
      ["Resource", "NotResource"],
      ["Principal", "NotPrincipal"],
    ] as const;
    for (const [element, negated] of exclusive) {
      if (statement[element] !== undefined && statement[negated] !== undefined) {
        ctx.addIssue({ code: "custom", message: `has both ${element} and ${negated} (IAM allows only one)` });
      }
    }
    // Without either, IAM rejects the policy; evaluating it would silently match nothing.
    if (statement.Action === undefined && statement.NotAction === undefined) {
      ctx.addIssue({ code: "custom", message: "has neither Action nor NotAction" });
    }
  }) satisfies z.ZodType<PolicyStatement>;

export const documentSchema = z.object(
  {
    Version: z.string({ error: "Version must be a string" }).optional(),
    Statement: z.array(statementSchema, {
      error: (issue) =>
        issue.input === undefined ? "has no Statement" : "Statement must be an object or an array of objects",
    }),
  },
  { error: "must be a JSON object" },
) satisfies z.ZodType<PolicyDocument>;
