import type { Override, Stage } from "../../model/types";
import type { Outcome } from "../../engine/define-check";

/** One finding per tripping override (target = method or route), or one pass for the stage when none trips. */
export function overrideOutcomes(
  stage: Stage,
  trips: (override: Override) => boolean,
  outcome: (override: Override) => Omit<Outcome, "target" | "evidence">,
  passMessage: string,
): Outcome[] {
  const tripping = stage.overrides.filter(trips);
  if (tripping.length === 0) {
    return [
      {
        status: "pass",
        message: passMessage,
        evidence: [{ call: stage.call, field: overridesField(stage), value: stage.overrides.length }],
      },
    ];
  }
  return tripping.map((override) =>
    Object.assign(outcome(override), {
      target: override.target,
      evidence: [
        { call: stage.call, field: override.levelField, value: override.rawLevel ?? null },
        {
          call: stage.call,
          field: stage.execution.field
            ? stage.execution.levelField
            : `${overridesField(stage)}.${stage.execution.levelKey}`,
          value: stage.execution.rawLevel ?? null,
        },
      ],
    }),
  );
}

export function overridesField(stage: Stage): string {
  return stage.api.type === "REST" ? "methodSettings" : "RouteSettings";
}

export function overrideKind(stage: Stage): string {
  return stage.api.type === "REST" ? "method" : "route";
}
