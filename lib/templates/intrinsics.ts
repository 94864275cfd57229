import { isUnknown, TemplateError, Unknown } from "./types";

/** What a CloudFormation template resolves against: its own sections plus the deploy-time pseudo parameters. */
export interface TemplateScope {
  stackName: string;
  region: string;
  /** A placeholder: a template does not know its account, and checks only need a well-formed ARN. */
  account: string;
  parameters: Record<string, unknown>;
  mappings: Record<string, unknown>;
  conditions: Record<string, unknown>;
  resources: Record<string, { Type?: unknown; Properties?: unknown }>;
}

/** AWS::NoValue: the property is removed. */
export const noValue = Symbol("AWS::NoValue");

const maxDepth = 100;

/**
 * Resolves intrinsic functions within one template: Ref/GetAtt to its own resources (to the names and ARNs they will
 * have), Sub, Join, Select, Split, If with its conditions, FindInMap, and parameters with defaults. What only a deploy
 * knows comes back as `Unknown` with the reason; a cycle is an error, as CloudFormation rejects it too.
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
export class IntrinsicResolver {
  private readonly naming: string[] = [];

  constructor(readonly scope: TemplateScope) {}

  resolve(value: unknown, depth = 0): unknown {
    if (depth > maxDepth) throw new TemplateError(`intrinsic functions nested more than ${maxDepth} levels deep`);
    if (Array.isArray(value))
      return value.map((item) => this.resolve(item, depth + 1)).filter((item) => item !== noValue);
    if (value === null || typeof value !== "object" || isUnknown(value)) return value;
    const keys = Object.keys(value);
    const record = value as Record<string, unknown>;
    if (keys.length === 1 && (keys[0] === "Ref" || keys[0].startsWith("Fn::") || keys[0] === "Condition")) {
      return this.call(keys[0], record[keys[0]], depth + 1);
    }
    const out: Record<string, unknown> = {};
    for (const key of keys) {
      const resolved = this.resolve(record[key], depth + 1);
      if (resolved !== noValue) out[key] = resolved;
    }
    return out;
  }

  /** A resolved string, or Unknown when the value is not (yet) a string. */
  string(value: unknown): string | Unknown {
    const resolved = this.resolve(value);
    if (typeof resolved === "string") return resolved;
    if (typeof resolved === "number" || typeof resolved === "boolean") return String(resolved);
    return isUnknown(resolved) ? resolved : new Unknown(`not a string: ${JSON.stringify(resolved)?.slice(0, 80)}`);
  }

  private call(fn: string, arg: unknown, depth: number): unknown {
    switch (fn) {
      case "Ref":
        return this.ref(String(arg));
      case "Condition":
        return this.condition(String(arg), depth);
      case "Fn::GetAtt": {
        const [id, attribute] = Array.isArray(arg) ? arg.map(String) : String(arg).split(/\.(.*)/s);
        return this.getAtt(id, attribute ?? "");
      }
      case "Fn::Sub":
        return this.sub(arg, depth);
      case "Fn::Join": {
        const [delimiter, list] = asPair(fn, arg);
        const items = this.resolve(list, depth);
        if (isUnknown(items)) return items;
        if (!Array.isArray(items)) throw new TemplateError("Fn::Join needs a list");
        return items.find(isUnknown) ?? items.map(String).join(String(delimiter));
      }
      case "Fn::Select": {
        const [index, list] = asPair(fn, arg);
        const items = this.resolve(list, depth);
        const at = this.resolve(index, depth);
        if (isUnknown(items)) return items;
        if (isUnknown(at)) return at;
        return Array.isArray(items)
          ? (items[Number(at)] ?? new Unknown(`Fn::Select index ${String(at)} is out of range`))
          : new Unknown("Fn::Select of a value known at deploy");
      }
      case "Fn::Split": {
        const [delimiter, source] = asPair(fn, arg);
        const text = this.resolve(source, depth);
        return typeof text === "string"
          ? text.split(String(delimiter))
          : isUnknown(text)
            ? text
            : new Unknown("Fn::Split of a non-string");
      }
      case "Fn::If": {
        if (!Array.isArray(arg) || arg.length !== 3) throw new TemplateError("Fn::If needs [condition, then, else]");
        const chosen = this.condition(String(arg[0]), depth);
        return isUnknown(chosen) ? chosen : this.resolve(chosen ? arg[1] : arg[2], depth);
      }
      case "Fn::Equals": {
        const [a, b] = asPair(fn, arg).map((x) => this.resolve(x, depth));
        return isUnknown(a) ? a : isUnknown(b) ? b : JSON.stringify(a) === JSON.stringify(b);
      }
      case "Fn::Not": {
        const [inner] = Array.isArray(arg) ? arg : [arg];
        const v = this.resolve(inner, depth);
        return isUnknown(v) ? v : !v;
      }
      case "Fn::And":
      case "Fn::Or": {
        const values = (Array.isArray(arg) ? arg : []).map((x) => this.resolve(x, depth));
        const unknown = values.find(isUnknown);
        if (unknown) return unknown;
        return fn === "Fn::And" ? values.every(Boolean) : values.some(Boolean);
      }
      case "Fn::FindInMap": {
        const [map, top, second] = (Array.isArray(arg) ? arg : []).map((x) => this.resolve(x, depth));
        const unknown = [map, top, second].find(isUnknown);
        if (unknown) return unknown;
        const found = (this.scope.mappings[String(map)] as Record<string, Record<string, unknown>> | undefined)?.[
          String(top)
        ]?.[String(second)];
        return found === undefined
          ? new Unknown(`Fn::FindInMap ${String(map)}/${String(top)}/${String(second)} is not in Mappings`)
          : found;
      }
      case "Fn::Base64":
      case "Fn::ToJsonString":
        return this.resolve(arg, depth);
      default:
        return new Unknown(`${fn} is resolved by CloudFormation at deploy`);
    }
  }

  private ref(name: string): unknown {
    const pseudo: Record<string, unknown> = {
      "AWS::Region": this.scope.region,
      "AWS::AccountId": this.scope.account,
      "AWS::Partition": "aws",
      "AWS::URLSuffix": "amazonaws.com",
      "AWS::StackName": this.scope.stackName,
      "AWS::NoValue": noValue,
    };
    if (name in pseudo) return pseudo[name];
    if (name.startsWith("AWS::")) return new Unknown(`${name} is known only at deploy`);
    if (name in this.scope.parameters) {
      const parameter = this.scope.parameters[name] as { Default?: unknown; Type?: unknown } | null;
      if (parameter?.Default === undefined) return new Unknown(`parameter ${name} has no default`);
      if (typeof parameter.Type === "string" && parameter.Type.startsWith("AWS::SSM::Parameter"))
        return new Unknown(`parameter ${name} is read from SSM at deploy`);
      return parameter.Default;
    }
    if (name in this.scope.resources) return this.physicalName(name);
    throw new TemplateError(`Ref to ${name}, which is neither a parameter nor a resource of the template`);
  }

  private getAtt(id: string, attribute: string): unknown {
    const resource = this.scope.resources[id];
    if (!resource) throw new TemplateError(`Fn::GetAtt of ${id}, which is not a resource of the template`);
    const name = this.physicalName(id);
    if (isUnknown(name)) return name;
    const { region, account } = this.scope;
    switch (`${String(resource.Type)}.${attribute}`) {
      case "AWS::IAM::Role.Arn": {
        const path = this.string((resource.Properties as Record<string, unknown> | undefined)?.Path ?? "/");
        return isUnknown(path) ? path : `arn:aws:iam::${account}:role${path}${String(name)}`;
      }
      case "AWS::Logs::LogGroup.Arn":
        return `arn:aws:logs:${region}:${account}:log-group:${String(name)}:*`;
      case "AWS::ApiGateway::RestApi.RestApiId":
      case "AWS::ApiGatewayV2::Api.ApiId":
        return id;
      case "AWS::IAM::Role.RoleId":
      case "AWS::ApiGateway::RestApi.RootResourceId":
        return `${id}-${attribute}`;
      default:
        return new Unknown(`${id}.${attribute} is known only after deploy`);
    }
  }

  /** The name a resource will get: its name property when it sets one, else CloudFormation's generated `stack-Id`. */
  private physicalName(id: string): unknown {
    const resource = this.scope.resources[id];
    const nameProperty = physicalNameProperty[String(resource.Type)];
    if (!nameProperty) return id;
    const properties = (resource.Properties ?? {}) as Record<string, unknown>;
    if (properties[nameProperty] === undefined) return `${this.scope.stackName}-${id}`;
    if (this.naming.includes(id)) throw new TemplateError(`circular reference: ${[...this.naming, id].join(" → ")}`);
    this.naming.push(id);
    try {
      return this.resolve(properties[nameProperty]);
    } finally {
      this.naming.pop();
    }
  }

  private sub(arg: unknown, depth: number): unknown {
    const [template, variables] = Array.isArray(arg) ? [arg[0], arg[1] ?? {}] : [arg, {}];
    if (typeof template !== "string") throw new TemplateError("Fn::Sub needs a string");
    const locals = variables as Record<string, unknown>;
    let unknown: Unknown | null = null;
    const text = template.replace(/\$\{(!?)([^}]*)\}/g, (whole, literal: string, name: string) => {
      if (literal) return `\${${name}}`;
      const value =
        name in locals
          ? this.resolve(locals[name], depth)
          : name.includes(".") && !name.startsWith("AWS::")
            ? this.getAtt(...splitAttribute(name))
            : this.ref(name);
      if (isUnknown(value)) unknown ??= value;
      return isUnknown(value) ? whole : String(value);
    });
    return unknown ?? text;
  }

  private condition(name: string, depth: number): unknown {
    if (!(name in this.scope.conditions)) throw new TemplateError(`condition ${name} is not defined`);
    const key = `Condition:${name}`;
    if (this.naming.includes(key)) throw new TemplateError(`circular reference: ${[...this.naming, key].join(" → ")}`);
    this.naming.push(key);
    try {
      return this.resolve(this.scope.conditions[name], depth);
    } finally {
      this.naming.pop();
    }
  }
}

/** The property that names each resource type we read (CloudFormation generates a name when it is absent). */
const physicalNameProperty: Record<string, string> = {
  "AWS::IAM::Role": "RoleName",
  "AWS::Logs::LogGroup": "LogGroupName",
  "AWS::ApiGateway::Stage": "StageName",
};

function asPair(fn: string, arg: unknown): [unknown, unknown] {
  if (!Array.isArray(arg) || arg.length < 2) throw new TemplateError(`${fn} needs a list of two`);
  return [arg[0], arg[1]];
}

function splitAttribute(name: string): [string, string] {
  const dot = name.indexOf(".");
  return [name.slice(0, dot), name.slice(dot + 1)];
}
