import type { ApiType } from "../diagnosis/types";
import { IntrinsicResolver } from "./intrinsics";
import { emptyInventory, type Inventory, type InventoryRole, type InventoryStage } from "./inventory";
import { publishedManagedPolicies } from "../iam-policy/published-policies";
import { readServerless } from "./read-serverless";
import { firstUnknown, restStageRaw, v2StageRaw } from "./stage-shapes";
import { isUnknown, TemplateError, type CfnResource, type ParsedFile, type Where } from "./types";

type Props = Record<string, unknown>;

const record = (value: unknown): Props =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Props) : {};

/** A CloudFormation (or SAM) template → what it declares about API Gateway logging. */
export function readCloudFormation(
  parsed: ParsedFile,
  options: { stackName: string; region: string; account: string },
): Inventory {
  const template = record(parsed.value);
  const resources = record(template.Resources) as Record<string, CfnResource>;
  if (Object.keys(resources).length === 0)
    throw new TemplateError("no Resources section: not a CloudFormation template");
  const resolver = new IntrinsicResolver({
    stackName: options.stackName,
    region: options.region,
    account: options.account,
    parameters: record(template.Parameters),
    mappings: record(template.Mappings),
    conditions: record(template.Conditions),
    resources,
  });
  const inventory = emptyInventory(options.stackName, options.region);
  const where = (id: string, ...path: (string | number)[]): Where => ({
    file: parsed.file,
    resource: id,
    line: parsed.lineOf(["Resources", id, ...path]),
  });
  const props = (id: string): Props => record(resolver.resolve(record(resources[id].Properties)));
  const stagesOf = new Map<string, InventoryStage[]>();
  const addStage = (apiId: unknown, stage: InventoryStage) => {
    if (typeof apiId !== "string") return; // an API made elsewhere (imported id): nothing to attach to
    stagesOf.set(apiId, [...(stagesOf.get(apiId) ?? []), stage]);
  };

  for (const [id, resource] of Object.entries(resources)) {
    switch (resource.Type) {
      case "AWS::ApiGateway::Stage": {
        const p = props(id);
        addStage(p.RestApiId, stage(resolver.string(p.StageName), restStageRaw, p, where(id)));
        break;
      }
      case "AWS::ApiGateway::Deployment": {
        // A deployment with StageName creates that stage, configured by StageDescription.
        const p = props(id);
        if (p.StageName !== undefined)
          addStage(
            p.RestApiId,
            stage(resolver.string(p.StageName), restStageRaw, { ...record(p.StageDescription) }, where(id)),
          );
        break;
      }
      case "AWS::ApiGatewayV2::Stage": {
        const p = props(id);
        addStage(p.ApiId, stage(resolver.string(p.StageName), v2StageRaw, p, where(id)));
        break;
      }
      case "AWS::ApiGateway::Account": {
        const raw = record(resources[id].Properties).CloudWatchRoleArn;
        const arn = raw === undefined ? null : resolver.string(raw);
        const roleId = referencedRole(raw, resources);
        inventory.accounts.push({
          roleArn: arn,
          where: where(id),
          ownRole: roleId
            ? { id: roleId, retained: isRetained(resources[roleId].DeletionPolicy), where: where(roleId) }
            : null,
        });
        break;
      }
      case "AWS::Logs::LogGroup": {
        const name = resolver.resolve({ Ref: id });
        if (typeof name === "string") inventory.logGroups.push({ name, where: where(id) });
        break;
      }
      case "AWS::Logs::ResourcePolicy": {
        // AWS::Logs::ResourcePolicy: PolicyName and PolicyDocument, a JSON string (often a Fn::Join or Fn::Sub).
        const p = props(id);
        if (p.ResourceArn !== undefined) break; // scoped to one log group: not an account-scoped policy
        const raw = p.PolicyDocument;
        const unknown = isUnknown(raw) ? raw : firstUnknown(raw);
        const document = unknown ?? (typeof raw === "string" ? raw : JSON.stringify(raw ?? {}));
        inventory.logResourcePolicies.push({
          name: typeof p.PolicyName === "string" ? p.PolicyName : id,
          document,
          where: where(id),
        });
        break;
      }
      case "AWS::IAM::Role": {
        const role = readRole(id, resolver, resources, where(id));
        if (role) inventory.roles.push(role);
        break;
      }
    }
  }

  const apiTypes: Record<string, ApiType | "V2"> = {
    "AWS::ApiGateway::RestApi": "REST",
    "AWS::ApiGatewayV2::Api": "V2",
  };
  for (const [id, resource] of Object.entries(resources)) {
    const kind = apiTypes[String(resource.Type)];
    if (!kind) continue;
    const p = props(id);
    const type: ApiType = kind === "REST" ? "REST" : p.ProtocolType === "WEBSOCKET" ? "WEBSOCKET" : "HTTP";
    inventory.apis.push({
      id,
      name: typeof p.Name === "string" ? p.Name : id,
      type,
      where: where(id),
      stages: stagesOf.get(id) ?? [],
    });
  }
  inventory.apis.push(...readServerless(template, resources, resolver, where));
  return inventory;
}

function stage(
  name: unknown,
  shape: (name: string, props: Props) => Record<string, unknown>,
  props: Props,
  at: Where,
): InventoryStage {
  const stageName = typeof name === "string" ? name : "(unknown stage)";
  const raw = shape(stageName, props);
  return { name: stageName, where: at, raw, unknown: isUnknown(name) ? name : firstUnknown(raw) };
}

/** The role a CloudWatchRoleArn points at when it is `!GetAtt Role.Arn` (or `${Role.Arn}`) of this template. */
function referencedRole(raw: unknown, resources: Record<string, CfnResource>): string | null {
  const text = JSON.stringify(raw ?? null);
  for (const match of text.matchAll(/"Fn::GetAtt":\["([^"]+)","Arn"\]|\$\{([^}.]+)\.Arn\}/g)) {
    const id = match[1] ?? match[2];
    if (resources[id]?.Type === "AWS::IAM::Role") return id;
  }
  return null;
}

/** Retain keeps the role when the stack is deleted (RetainExceptOnCreate too, once created). */
const isRetained = (policy: unknown) => policy === "Retain" || policy === "RetainExceptOnCreate";

function readRole(
  id: string,
  resolver: IntrinsicResolver,
  resources: Record<string, CfnResource>,
  at: Where,
): InventoryRole | null {
  const arn = resolver.resolve({ "Fn::GetAtt": [id, "Arn"] });
  if (typeof arn !== "string") return null;
  const p = record(resolver.resolve(record(resources[id].Properties)));
  const inline = (Array.isArray(p.Policies) ? p.Policies : []).map((policy) => ({
    name: String(record(policy).PolicyName),
    document: record(policy).PolicyDocument,
  }));
  const attached: InventoryRole["attached"] = [];
  const managedDocuments = new Map<string, unknown>();
  for (const [otherId, other] of Object.entries(resources)) {
    const q = record(other.Properties);
    const attachesHere = JSON.stringify(q.Roles ?? []).includes(`{"Ref":"${id}"}`);
    if (other.Type === "AWS::IAM::Policy" && attachesHere)
      inline.push({ name: String(resolver.resolve(q.PolicyName)), document: resolver.resolve(q.PolicyDocument) });
    if (other.Type === "AWS::IAM::ManagedPolicy") {
      const managedArn = `arn:aws:iam::${resolver.scope.account}:policy/${otherId}`;
      managedDocuments.set(managedArn, resolver.resolve(q.PolicyDocument));
      if (attachesHere) attached.push({ arn: managedArn, document: managedDocuments.get(managedArn) });
    }
  }
  for (const managed of Array.isArray(p.ManagedPolicyArns) ? p.ManagedPolicyArns : []) {
    const key = typeof managed === "string" ? managed : "(unknown policy)";
    attached.push({ arn: key, document: publishedManagedPolicies[key] ?? managedDocuments.get(key) ?? null });
  }
  const boundary = p.PermissionsBoundary;
  return {
    arn,
    name: arn.slice(arn.lastIndexOf("/") + 1),
    where: at,
    trust: p.AssumeRolePolicyDocument,
    inline,
    attached,
    boundaryArn: boundary === undefined ? null : typeof boundary === "string" ? boundary : "(unknown boundary)",
  };
}
