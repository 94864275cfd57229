import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  type Node,
  type ScalarTag,
  type CollectionTag,
} from "yaml";
import { TemplateError, type ParsedFile } from "./types";

/**
 * CloudFormation's short-form intrinsic tags (`!Ref X` is `{ "Ref": "X" }`, `!GetAtt A.B` is `{ "Fn::GetAtt": ["A", "B"] }`).
 * https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/intrinsic-function-reference.html
 */
const shortTags: Record<string, string> = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  ...Object.fromEntries(
    [
      "And",
      "Base64",
      "Cidr",
      "Equals",
      "FindInMap",
      "GetAtt",
      "GetAZs",
      "If",
      "ImportValue",
      "Join",
      "Length",
      "Not",
      "Or",
      "Select",
      "Split",
      "Sub",
      "ToJsonString",
      "Transform",
    ].map((name) => [`!${name}`, `Fn::${name}`]),
  ),
};

// Declared for every node kind so the parser accepts them; the walk below turns them into their long form.
const customTags: (ScalarTag | CollectionTag)[] = Object.keys(shortTags).flatMap((tag) => [
  { tag, resolve: (value: string) => value } as ScalarTag,
  { tag, collection: "seq", resolve: (value) => value } as CollectionTag,
  { tag, collection: "map", resolve: (value) => value } as CollectionTag,
]);

/** Deep templates are hostile or broken; CloudFormation's own templates stay far below this. */
const maxDepth = 200;
const maxAliases = 1000;

/** Parses YAML or JSON (JSON is YAML) keeping the line of every key, so findings can point into the file. */
export function parseDocumentWithLines(file: string, text: string): ParsedFile {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { customTags, lineCounter, uniqueKeys: true, prettyErrors: false, version: "1.2" });
  const problem = doc.errors[0] ?? doc.warnings.find((w) => /tag/i.test(w.message));
  if (problem) {
    const line = problem.pos ? lineCounter.linePos(problem.pos[0]).line : 1;
    throw new TemplateError(`line ${line}: ${problem.message.split("\n")[0]}`);
  }
  const lines = new Map<string, number>();
  const lineAt = (node: { range?: [number, number, number] | null } | null | undefined) =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;

  let aliases = 0;
  const walk = (node: unknown, path: string, depth: number): unknown => {
    if (depth > maxDepth)
      throw new TemplateError(`line ${lineAt(node as Node)}: nested more than ${maxDepth} levels deep`);
    if (isAlias(node)) {
      // Aliases of aliases grow exponentially ("billion laughs"); templates use a handful.
      if (++aliases > maxAliases)
        throw new TemplateError(`line ${lineAt(node)}: more than ${maxAliases} alias expansions`);
      return walk(node.resolve(doc), path, depth + 1);
    }
    let value: unknown;
    if (isMap(node)) {
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const child = `${path}/${escapeKey(key)}`;
        lines.set(child, lineAt(pair.key as Node));
        out[key] = walk(pair.value, child, depth + 1);
      }
      value = out;
    } else if (isSeq(node)) {
      value = node.items.map((item, index) => {
        const child = `${path}/${index}`;
        lines.set(child, lineAt(item as Node));
        return walk(item, child, depth + 1);
      });
    } else if (isScalar(node)) value = node.value;
    else value = node ?? null;
    const tag = (node as { tag?: string } | null)?.tag;
    if (tag && shortTags[tag]) return { [shortTags[tag]]: shortTagArgument(shortTags[tag], value) };
    if (tag && tag.startsWith("!")) throw new TemplateError(`line ${lineAt(node as Node)}: unknown tag ${tag}`);
    return value;
  };

  const value = walk(doc.contents, "", 0);
  return {
    file,
    value,
    lineOf(path) {
      for (let n = path.length; n > 0; n--) {
        const line = lines.get(
          `/${path
            .slice(0, n)
            .map((p) => escapeKey(String(p)))
            .join("/")}`,
        );
        if (line !== undefined) return line;
      }
      return 1;
    },
  };
}

/** `!GetAtt Api.Arn` is the one short form whose scalar means a list. */
function shortTagArgument(fn: string, value: unknown): unknown {
  if (fn === "Fn::GetAtt" && typeof value === "string") {
    const dot = value.indexOf(".");
    return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
  }
  return value;
}

const escapeKey = (key: string) => key.replace(/~/g, "~0").replace(/\//g, "~1");
