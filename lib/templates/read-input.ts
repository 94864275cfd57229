import { readFile, stat } from "node:fs/promises";
import { basename, dirname, extname, join, relative, isAbsolute } from "node:path";
import type { Inventory } from "./inventory";
import { parseJsonWithLines } from "./json-lines";
import { parseDocumentWithLines } from "./parse-document";
import { readCloudFormation } from "./read-cloudformation";
import { readTerraformPlan } from "./read-terraform-plan";
import { placeholderAccount, TemplateError, type ParsedFile } from "./types";

/**
 * Checked before reading, so a huge file is refused without loading it. CloudFormation accepts templates up to 1 MB
 * (from S3; 51,200 bytes inline): https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/cloudformation-limits.html
 * Terraform plans of big estates are larger, hence the margin.
 */
export const maxFileBytes = 20 * 1024 * 1024;
/** YAML keeps positions at a much higher cost than JSON; real templates are far below this. */
export const maxYamlBytes = 2 * 1024 * 1024;

export type InputKind = "cloudformation" | "sam" | "cdk-assembly" | "terraform-plan";
export interface InputResult {
  path: string;
  kind: InputKind | null;
  inventories: Inventory[];
  error: string | null;
}

/** One PATH argument: a template or plan file, or a CDK cloud assembly directory (its manifest's stacks). */
export async function readInput(path: string, options: { region: string }): Promise<InputResult[]> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return [failure(path, "no such file or directory")];
  }
  if (info.isDirectory()) return readAssembly(path, options.region);
  return [await readTemplateFile(path, options.region, basename(path, extname(path)), info.size)];
}

async function readTemplateFile(path: string, region: string, stackName: string, size?: number): Promise<InputResult> {
  try {
    const bytes = size ?? (await stat(path)).size;
    if (bytes > maxFileBytes)
      throw new TemplateError(
        `${megabytes(bytes)} is over the ${megabytes(maxFileBytes)} limit for one file (CloudFormation accepts templates up to 1 MB)`,
      );
    const text = await readFile(path, "utf8");
    const json = extname(path).toLowerCase() === ".json" || /^\s*[{[]/.test(text);
    if (!json && bytes > maxYamlBytes)
      throw new TemplateError(`${megabytes(bytes)} of YAML is over the ${megabytes(maxYamlBytes)} limit`);
    const parsed: ParsedFile = json ? parseJsonWithLines(path, text) : parseDocumentWithLines(path, text);
    const value = parsed.value as Record<string, unknown> | null;
    if (
      value &&
      typeof value === "object" &&
      "format_version" in value &&
      ("resource_changes" in value || "planned_values" in value)
    ) {
      return { path, kind: "terraform-plan", inventories: [readTerraformPlan(parsed, { region })], error: null };
    }
    const inventory = readCloudFormation(parsed, { stackName, region, account: placeholderAccount });
    const sam = JSON.stringify(value?.Transform ?? "").includes("AWS::Serverless");
    return { path, kind: sam ? "sam" : "cloudformation", inventories: [inventory], error: null };
  } catch (error) {
    if (error instanceof TemplateError) return failure(path, error.message);
    // A structure nested deep enough to exhaust the stack is hostile input, not a crash of the whole run.
    if (error instanceof RangeError) return failure(path, `nested too deeply to read (${error.message})`);
    if ((error as NodeJS.ErrnoException).code) return failure(path, (error as Error).message);
    throw error;
  }
}

/**
 * A CDK cloud assembly (`cdk.out`): manifest.json lists the stacks (`aws:cloudformation:stack`, with `templateFile`
 * and `aws://account/region`) and nested assemblies of CDK stages (`cdk:cloud-assembly`, `directoryName`).
 * https://docs.aws.amazon.com/cdk/v2/guide/apps.html#apps-cloud-assembly
 */
async function readAssembly(dir: string, region: string, depth = 0): Promise<InputResult[]> {
  const manifestPath = join(dir, "manifest.json");
  let manifest: {
    artifacts?: Record<
      string,
      { type?: string; environment?: string; properties?: Record<string, unknown>; displayName?: string }
    >;
  };
  try {
    manifest = JSON.parse(await readFile(manifestPath, "utf8"));
  } catch (error) {
    return [
      failure(
        dir,
        `not a CDK cloud assembly: ${manifestPath} ${(error as NodeJS.ErrnoException).code === "ENOENT" ? "does not exist" : "is not valid JSON"}`,
      ),
    ];
  }
  const results: InputResult[] = [];
  for (const [id, artifact] of Object.entries(manifest.artifacts ?? {})) {
    if (artifact.type === "cdk:cloud-assembly" && depth < 5) {
      const nested = String(artifact.properties?.directoryName ?? "");
      results.push(
        ...(inside(dir, nested) ? await readAssembly(join(dir, nested), region, depth + 1) : [outside(dir, nested)]),
      );
    }
    if (artifact.type !== "aws:cloudformation:stack" || typeof artifact.properties?.templateFile !== "string") continue;
    if (!inside(dir, artifact.properties.templateFile)) {
      results.push(outside(dir, artifact.properties.templateFile));
      continue;
    }
    const envRegion = /^aws:\/\/[^/]+\/([a-z0-9-]+)$/.exec(artifact.environment ?? "")?.[1];
    const stackName = String(artifact.properties.stackName ?? artifact.displayName ?? id);
    const result = await readTemplateFile(
      join(dir, artifact.properties.templateFile),
      envRegion && envRegion !== "unknown-region" ? envRegion : region,
      stackName,
    );
    results.push({ ...result, kind: result.error ? null : "cdk-assembly" });
  }
  if (results.length === 0) return [failure(dir, `the CDK cloud assembly in ${dirname(manifestPath)} lists no stacks`)];
  return results;
}

/**
 * CDK writes manifest paths relative to the assembly and inside it. A manifest from a pull request is not trusted to
 * name other files of the CI machine: error messages and parse errors could otherwise show parts of them.
 */
const inside = (dir: string, name: string) => {
  const rel = relative(dir, join(dir, name));
  return name !== "" && !isAbsolute(name) && rel !== "" && !rel.startsWith("..");
};
const outside = (dir: string, name: string) =>
  failure(join(dir, "manifest.json"), `names ${JSON.stringify(name)}, which is not a file inside the assembly`);

const failure = (path: string, error: string): InputResult => ({ path, kind: null, inventories: [], error });
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
