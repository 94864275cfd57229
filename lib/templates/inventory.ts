import type { ApiType } from "../diagnosis/types";
import type { Unknown, Where } from "./types";

/**
 * What one stack or plan declares about API Gateway logging, already in the shapes AWS's Get calls return, so the
 * synthetic capture (to-capture.ts) only has to wrap them. Values a template cannot know are `Unknown`.
 */
export interface Inventory {
  /** The stack name, CDK stack id or plan file: the unit that owns what it declares. */
  owner: string;
  region: string;
  apis: InventoryApi[];
  accounts: InventoryAccount[];
  roles: InventoryRole[];
  logGroups: InventoryLogGroup[];
  /**
   * CloudWatch Logs resource policies of the account (not scoped to one group) that the input declares: they can show
   * a delivery grant, never its absence, since others may exist (to-capture.ts).
   */
  logResourcePolicies: InventoryLogResourcePolicy[];
  /** Terraform only: what a plan shows about stages re-created under their method settings. */
  stageReplacements: StageReplacement[];
}

export interface InventoryApi {
  id: string;
  name: string;
  type: ApiType;
  where: Where;
  stages: InventoryStage[];
}

export interface InventoryStage {
  name: string;
  where: Where;
  /** The stage as GetStages returns it (REST: `methodSettings`, `accessLogSettings`; v2: `DefaultRouteSettings`, …). */
  raw: Record<string, unknown>;
  /** The first value of the stage that only a deploy knows; the API's stages are then unknown. */
  unknown: Unknown | null;
}

export interface InventoryAccount {
  roleArn: string | Unknown | null;
  where: Where;
  /** The role is created by the same stack or module (its logical id or address), with its deletion behaviour. */
  ownRole: { id: string; retained: boolean; where: Where } | null;
}

export interface InventoryRole {
  arn: string;
  name: string;
  where: Where;
  trust: unknown;
  inline: { name: string; document: unknown }[];
  /** Managed policy ARNs; those defined in the same input carry their document. */
  attached: { arn: string; document: unknown | null }[];
  boundaryArn: string | null;
}

export interface InventoryLogGroup {
  name: string;
  where: Where;
}

export interface InventoryLogResourcePolicy {
  name: string;
  /** The policy document as JSON text (CloudFormation and Terraform both take a string), or what a deploy would know. */
  document: string | Unknown;
  where: Where;
}

export interface StageReplacement {
  /** `aws_api_gateway_deployment.x` with `stage_name`, or an `aws_api_gateway_stage` the plan replaces. */
  address: string;
  kind: "deployment-stage-name" | "stage-replaced";
  stage: string | null;
  /** Method settings resources that depend on the stage. */
  methodSettings: string[];
  where: Where;
}

export const emptyInventory = (owner: string, region: string): Inventory => ({
  owner,
  region,
  apis: [],
  accounts: [],
  roles: [],
  logGroups: [],
  logResourcePolicies: [],
  stageReplacements: [],
});
