import { NormalizedSchema } from "@smithy/core/schema";
import { toEpochMs } from "../../capture/time";

/** An SDK command's operation schema: `[9, namespace, name, traits, input, output]`. */
export type OperationSchema = readonly [number, string, string, Record<string, unknown>, unknown, unknown];

/** The operation schema the SDK keeps on every command instance (`command.schema`). */
export function operationSchemaOf(Command: new (input: never) => object): OperationSchema {
  return (new Command({} as never) as { schema: OperationSchema }).schema;
}

export function inputSchemaOf(operation: OperationSchema): NormalizedSchema {
  return NormalizedSchema.of(deref(operation[4]) as never);
}

export function outputSchemaOf(operation: OperationSchema): NormalizedSchema {
  return NormalizedSchema.of(deref(operation[5]) as never);
}

function deref(ref: unknown): unknown {
  return typeof ref === "function" ? (ref as () => unknown)() : ref;
}

/**
 * Turns capture JSON back into what the SDK's serializers expect: timestamps (ISO strings or epoch numbers in a
 * capture) become Dates, and policy documents a capture holds as JSON objects (as the AWS CLI prints them)
 * become the URL-encoded strings IAM sends.
 */
export function reviveForSchema(schema: NormalizedSchema, value: unknown): unknown {
  if (value === null || value === undefined) return value;
  if (schema.isTimestampSchema()) {
    const ms = toEpochMs(value);
    return ms === null ? value : new Date(ms);
  }
  if (schema.isStringSchema() && typeof value === "object") return encodeURIComponent(JSON.stringify(value));
  if (schema.isListSchema()) {
    return Array.isArray(value) ? value.map((item) => reviveForSchema(schema.getValueSchema(), item)) : value;
  }
  if (typeof value !== "object" || Array.isArray(value)) return value;
  if (schema.isMapSchema()) {
    const valueSchema = schema.getValueSchema();
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, reviveForSchema(valueSchema, item)]));
  }
  if (schema.isStructSchema()) {
    const result: Record<string, unknown> = {};
    const members = value as Record<string, unknown>;
    for (const [name, member] of schema.structIterator()) {
      if (name in members) result[name] = reviveForSchema(member, members[name]);
    }
    return result;
  }
  return value;
}
