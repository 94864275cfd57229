import { emptyInventory, type Inventory, type InventoryApi, type InventoryStage } from "./inventory";
import { publishedManagedPolicies } from "../iam-policy/published-policies";
import { firstUnknown, methodSettingKey } from "./stage-shapes";
import { isUnknown, placeholderAccount, TemplateError, Unknown, type ParsedFile, type Where } from "./types";

type Props = Record<string, unknown>;
const record = (value: unknown): Props =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Props) : {};
const first = (value: unknown): Props => record(Array.isArray(value) ? value[0] : value);

interface Change {
  address: string;
  configAddress: string;
  modulePrefix: string;
  type: string;
  actions: string[];
  after: Props;
  afterUnknown: Props;
  where: Where;
}

/**
 * `terraform show -json plan.out`, the documented plan representation: `resource_changes[]` (address, type,
 * change.actions/after/after_unknown) and `configuration` (expressions with `references`, for values known only
 * after apply). https://developer.hashicorp.com/terraform/internals/json-format
 */
export function readTerraformPlan(parsed: ParsedFile, options: { region: string }): Inventory {
  const plan = record(parsed.value);
  if (!/^1\./.test(String(plan.format_version)))
    throw new TemplateError(
      `plan format_version ${String(plan.format_version)} is not 1.x (the documented major version)`,
    );
  const configuration = record(plan.configuration);
  const providerRegion = record(
    record(record(record(configuration.provider_config).aws).expressions).region,
  ).constant_value;
  const region = typeof providerRegion === "string" ? providerRegion : options.region;
  const expressions = configExpressions(record(configuration.root_module), "");

  const changes: Change[] = (Array.isArray(plan.resource_changes) ? plan.resource_changes : []).flatMap(
    (raw, index) => {
      const rc = record(raw);
      const change = record(rc.change);
      const actions = (Array.isArray(change.actions) ? change.actions : []).map(String);
      if (rc.mode === "data" || (actions.length === 1 && actions[0] === "delete")) return [];
      const address = String(rc.address);
      const modulePrefix = typeof rc.module_address === "string" ? `${rc.module_address}.` : "";
      return [
        {
          address,
          configAddress: address.replace(/\[[^\]]*\]/g, ""),
          modulePrefix: modulePrefix.replace(/\[[^\]]*\]/g, ""),
          type: String(rc.type),
          actions,
          after: record(change.after),
          afterUnknown: record(change.after_unknown),
          where: { file: parsed.file, resource: address, line: parsed.lineOf(["resource_changes", index]) },
        },
      ];
    },
  );
  const byConfig = new Map(changes.map((c) => [c.configAddress, c]));
  /** The resource an attribute refers to (`aws_iam_role.logs.arn` → that role), from the configuration's references. */
  const referenced = (change: Change, attribute: string, type: string): Change | null => {
    for (const reference of (record(expressions.get(change.configAddress)?.[attribute]).references as
      string[] | undefined) ?? []) {
      const match = /^((?:module\.[^.]+\.)*)(aws_[a-z0-9_]+)\.([A-Za-z0-9_-]+)/.exec(reference);
      if (match && match[2] === type)
        return byConfig.get(`${change.modulePrefix}${match[1]}${match[2]}.${match[3]}`) ?? null;
    }
    return null;
  };
  const known = (change: Change, attribute: string): unknown =>
    change.after[attribute] ??
    (change.afterUnknown[attribute] ? new Unknown(`${change.address}.${attribute} is known only after apply`) : null);
  const roleArn = (role: Change): string | Unknown => {
    const arn = role.after.arn;
    if (typeof arn === "string") return arn;
    return typeof role.after.name === "string"
      ? `arn:aws:iam::${placeholderAccount}:role${String(role.after.path ?? "/")}${role.after.name}`
      : new Unknown(`${role.address}.name is known only after apply`);
  };
  const logGroupArn = (group: Change): string | Unknown =>
    typeof group.after.name === "string"
      ? `arn:aws:logs:${region}:${placeholderAccount}:log-group:${group.after.name}`
      : new Unknown(`${group.address}.name is known only after apply`);

  const inventory = emptyInventory(parsed.file, region);
  const apis = new Map<string, InventoryApi>();
  for (const change of changes) {
    if (change.type === "aws_api_gateway_rest_api" || change.type === "aws_apigatewayv2_api") {
      const rest = change.type === "aws_api_gateway_rest_api";
      const type = rest ? "REST" : change.after.protocol_type === "WEBSOCKET" ? "WEBSOCKET" : "HTTP";
      apis.set(change.configAddress, {
        id: change.address,
        name: String(change.after.name ?? change.address),
        type,
        where: change.where,
        stages: [],
      });
    }
  }
  const apiOf = (change: Change, attribute: string, type: string) => {
    const api = referenced(change, attribute, type);
    if (api) return apis.get(api.configAddress) ?? null;
    const id = change.after[attribute];
    return [...apis.values()].find((a) => changes.find((c) => c.address === a.id)?.after.id === id) ?? null;
  };
  const accessLog = (change: Change, rest: boolean): Props | undefined => {
    const settings = first(change.after.access_log_settings);
    if (Object.keys(settings).length === 0 && !change.afterUnknown.access_log_settings) return undefined;
    const group = referencedIn(change, "access_log_settings", "aws_cloudwatch_log_group");
    const destination =
      settings.destination_arn ??
      (group ? logGroupArn(group) : new Unknown(`${change.address} access log destination is known only after apply`));
    return rest
      ? { destinationArn: destination, format: settings.format }
      : { DestinationArn: destination, Format: settings.format };
  };
  // Nested blocks keep their references under the block: access_log_settings[0].destination_arn.
  const referencedIn = (change: Change, block: string, type: string): Change | null => {
    const nested = expressions.get(change.configAddress)?.[block];
    const refs = JSON.stringify(nested ?? {}).match(new RegExp(`${type}\\.[A-Za-z0-9_-]+`));
    return refs ? (byConfig.get(`${change.modulePrefix}${refs[0]}`) ?? null) : null;
  };

  const restStages = new Map<string, InventoryStage>();
  for (const change of changes) {
    if (
      change.type === "aws_api_gateway_stage" ||
      (change.type === "aws_api_gateway_deployment" && change.after.stage_name)
    ) {
      const api = apiOf(change, "rest_api_id", "aws_api_gateway_rest_api");
      const name = String(change.after.stage_name ?? "(unknown stage)");
      const raw: Props = { stageName: name, methodSettings: {} };
      if (change.type === "aws_api_gateway_stage") {
        const access = accessLog(change, true);
        if (access) raw.accessLogSettings = access;
      }
      const stage: InventoryStage = { name, where: change.where, raw, unknown: null };
      restStages.set(change.configAddress, stage);
      api?.stages.push(stage);
    }
    if (change.type === "aws_apigatewayv2_stage") {
      const api = apiOf(change, "api_id", "aws_apigatewayv2_api");
      const name = String(change.after.name ?? "(unknown stage)");
      const route = (s: Props) => ({
        LoggingLevel: s.logging_level ?? undefined,
        DataTraceEnabled: s.data_trace_enabled ?? undefined,
        DetailedMetricsEnabled: s.detailed_metrics_enabled ?? undefined,
      });
      const raw: Props = { StageName: name };
      if (Array.isArray(change.after.default_route_settings) && change.after.default_route_settings.length)
        raw.DefaultRouteSettings = route(first(change.after.default_route_settings));
      const routes = Array.isArray(change.after.route_settings) ? change.after.route_settings.map(record) : [];
      if (routes.length) raw.RouteSettings = Object.fromEntries(routes.map((r) => [String(r.route_key), route(r)]));
      const access = accessLog(change, false);
      if (access) raw.AccessLogSettings = access;
      api?.stages.push({ name, where: change.where, raw, unknown: firstUnknown(raw) });
    }
  }
  for (const change of changes.filter((c) => c.type === "aws_api_gateway_method_settings")) {
    const stageChange =
      referenced(change, "stage_name", "aws_api_gateway_stage") ??
      referenced(change, "stage_name", "aws_api_gateway_deployment");
    const stage = stageChange
      ? restStages.get(stageChange.configAddress)
      : [...restStages.values()].find((s) => s.name === change.after.stage_name);
    if (!stage) continue;
    const settings = first(change.after.settings);
    const path = String(change.after.method_path ?? "*/*");
    const slash = path.lastIndexOf("/");
    const key = methodSettingKey(
      path.slice(0, slash) === "*" ? "/*" : `/${path.slice(0, slash)}`,
      path.slice(slash + 1),
    );
    (stage.raw.methodSettings as Props)[key] = {
      loggingLevel: settings.logging_level,
      dataTraceEnabled: settings.data_trace_enabled,
      metricsEnabled: settings.metrics_enabled,
    };
  }
  for (const stage of restStages.values()) stage.unknown = firstUnknown(stage.raw);
  inventory.apis.push(...apis.values());

  for (const change of changes) {
    if (change.type === "aws_api_gateway_account") {
      const role = referenced(change, "cloudwatch_role_arn", "aws_iam_role");
      const value = known(change, "cloudwatch_role_arn");
      inventory.accounts.push({
        roleArn: typeof value === "string" ? value : role ? roleArn(role) : isUnknown(value) ? value : null,
        where: change.where,
        // Terraform has no retain-on-destroy: destroying the module deletes the role it made.
        ownRole: role ? { id: role.address, retained: false, where: role.where } : null,
      });
    }
    if (change.type === "aws_cloudwatch_log_group" && typeof change.after.name === "string")
      inventory.logGroups.push({ name: change.after.name, where: change.where });
    if (change.type === "aws_cloudwatch_log_resource_policy") {
      // policy_name and policy_document (a JSON string); a document computed at apply is unknown in the plan.
      const document = known(change, "policy_document");
      inventory.logResourcePolicies.push({
        name: String(change.after.policy_name ?? change.address),
        document:
          typeof document === "string"
            ? document
            : isUnknown(document)
              ? document
              : new Unknown("a policy document that is not a string"),
        where: change.where,
      });
    }
    if (change.type === "aws_iam_role") {
      const arn = roleArn(change);
      if (isUnknown(arn)) continue;
      const inline = (Array.isArray(change.after.inline_policy) ? change.after.inline_policy : [])
        .map(record)
        .filter((p) => p.name)
        .map((p) => ({ name: String(p.name), document: parseJson(p.policy) }));
      const attached = (Array.isArray(change.after.managed_policy_arns) ? change.after.managed_policy_arns : []).map(
        (a) => ({ arn: String(a), document: publishedManagedPolicies[String(a)] ?? null }),
      );
      for (const other of changes) {
        const target = referenced(other, "role", "aws_iam_role");
        if (target !== change) continue;
        if (other.type === "aws_iam_role_policy")
          inline.push({ name: String(other.after.name ?? other.address), document: parseJson(other.after.policy) });
        if (other.type === "aws_iam_role_policy_attachment" && typeof other.after.policy_arn === "string")
          attached.push({
            arn: other.after.policy_arn,
            document: publishedManagedPolicies[other.after.policy_arn] ?? null,
          });
      }
      inventory.roles.push({
        arn,
        name: arn.slice(arn.lastIndexOf("/") + 1),
        where: change.where,
        trust: parseJson(change.after.assume_role_policy),
        inline,
        attached,
        boundaryArn: typeof change.after.permissions_boundary === "string" ? change.after.permissions_boundary : null,
      });
    }
  }

  // Stages re-created under their method settings (the provider issue behind the template check).
  for (const change of changes) {
    const deploymentStage = change.type === "aws_api_gateway_deployment" && change.after.stage_name;
    const replaced =
      change.type === "aws_api_gateway_stage" && change.actions.includes("delete") && change.actions.includes("create");
    if (!deploymentStage && !replaced) continue;
    const dependents = changes
      .filter(
        (c) => c.type === "aws_api_gateway_method_settings" && referenced(c, "stage_name", change.type) === change,
      )
      .map((c) => c.address);
    inventory.stageReplacements.push({
      address: change.address,
      kind: deploymentStage ? "deployment-stage-name" : "stage-replaced",
      stage: String(change.after.stage_name ?? "") || null,
      methodSettings: dependents,
      where: change.where,
    });
  }
  return inventory;
}

/** Every configured resource's expressions by address, modules included (`module.api.aws_api_gateway_stage.this`). */
function configExpressions(
  module: Props,
  prefix: string,
  out = new Map<string, Props>(),
  depth = 0,
): Map<string, Props> {
  for (const resource of Array.isArray(module.resources) ? module.resources : []) {
    const r = record(resource);
    out.set(`${prefix}${String(r.address)}`, record(r.expressions));
  }
  if (depth < 10)
    for (const [name, call] of Object.entries(record(module.module_calls)))
      configExpressions(record(record(call).module), `${prefix}module.${name}.`, out, depth + 1);
  return out;
}

function parseJson(text: unknown): unknown {
  if (typeof text !== "string") return text ?? null;
  try {
    return JSON.parse(text);
  } catch {
    return new Unknown("a policy that is not valid JSON");
  }
}
