import type { ApiType } from "../../diagnosis/types";
import { awsCli } from "./shell";

/** What a fix needs to name a stage: a model Stage has this shape, and so does a stage from CloudTrail history. */
export interface StageAddress {
  region: string;
  api: { id: string; type: ApiType; name: string };
  name: string;
}

export interface PatchOperation {
  op: "replace" | "add" | "remove";
  path: string;
  value?: string;
}

/** `aws apigateway update-stage` for a REST stage: one operation in shorthand, several as JSON. */
export function restUpdateStage(stage: StageAddress, operations: PatchOperation[]): string {
  const [only] = operations;
  const patch =
    operations.length === 1 && only.value !== undefined && !/[,=]/.test(only.value)
      ? `op=${only.op},path=${only.path},value=${only.value}`
      : JSON.stringify(operations);
  return awsCli("apigateway", "update-stage", {
    region: stage.region,
    "rest-api-id": stage.api.id,
    "stage-name": stage.name,
    "patch-operations": patch,
  });
}

/** `aws apigatewayv2 update-stage` for an HTTP or WebSocket stage, with its settings flags. */
export function v2UpdateStage(stage: StageAddress, flags: Record<string, string | undefined>): string {
  return awsCli("apigatewayv2", "update-stage", {
    region: stage.region,
    "api-id": stage.api.id,
    "stage-name": stage.name,
    ...flags,
  });
}

/** The first console step for anything on a stage. */
export function openStage(stage: StageAddress, then = ""): string {
  return `Open the API Gateway console in ${stage.region}, API ${stage.api.name} (${stage.api.id}), Stages → ${stage.name}${then}.`;
}

export const levelLabel = (level: string) =>
  level === "INFO" ? "Errors and info logs" : level === "ERROR" ? "Errors only" : "Off";
