import type { Evidence, Fix } from "../diagnosis/types";
import { defineCheck, type CheckContext } from "./define-check";
import { global } from "./scopes";

export const unloggedRequestsDocs =
  "https://docs.aws.amazon.com/apigateway/latest/developerguide/rest-api-monitor.html";

interface SymptomDefinition {
  /** The suffix users name with `--symptom` (`413`, `internal-5xx`, …). */
  symptom: string;
  title: string;
  docs?: string;
  reads?: readonly string[];
  /** Why nothing is logged and where to look instead; may use what the capture shows. */
  explain(ctx: CheckContext): { message: string; evidence?: Evidence[]; fix: Fix };
}

/** A symptom check explains a request API Gateway never logs: `info`, only when the user names the symptom. */
export function defineSymptom(definition: SymptomDefinition) {
  return defineCheck({
    id: `symptom.${definition.symptom}`,
    title: definition.title,
    severity: "info",
    reads: definition.reads ?? [],
    docs: definition.docs ?? unloggedRequestsDocs,
    section: "unlogged",
    // A symptom is an explanation, never a cause: its title already reads as a label.
    label: definition.title,
    scope: global,
    evaluate: (_subject, ctx) => {
      if (!ctx.symptoms.has(definition.symptom)) return null;
      const { message, evidence, fix } = definition.explain(ctx);
      return { status: "info", message, evidence, fix };
    },
  });
}
