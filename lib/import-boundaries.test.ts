import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

// The import rules in eslint.config.mjs are only worth having if they fail: lint a deliberate violation of each, as
// if it were a file in the folder it breaks the rule from, and expect the rule's error. A clean file in the same
// folders must lint without errors, so the errors come from the rules and not from a snippet that does not parse.
const eslint = new ESLint({ cwd: process.cwd() });

async function errorsOf(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return result.messages.filter((m) => m.severity === 2).map((m) => ({ rule: m.ruleId, line: m.line }));
}

// Spelled in two parts so lib/aws/allowlist.test.ts, which greps for SDK imports, does not take the snippet for one.
const sdk = "@aws-" + "sdk";

const cases = [
  {
    name: "a check importing the AWS SDK",
    file: "lib/checks/boundary-probe.ts",
    code: `import { IAMClient } from "${sdk}/client-iam";\nexport const c = IAMClient;\n`,
    rule: "no-restricted-imports",
  },
  {
    name: "a check importing lib/aws",
    file: "lib/checks/boundary-probe.ts",
    code: 'import { collectCapture } from "../aws/collect";\nexport const c = collectCapture;\n',
    rule: "import/no-restricted-paths",
  },
  {
    name: "a check importing lib/aws by alias",
    file: "lib/checks/boundary-probe.ts",
    code: 'import { collectCapture } from "@/lib/aws/collect";\nexport const c = collectCapture;\n',
    rule: "import/no-restricted-paths",
  },
  {
    name: "the engine importing lib/aws",
    file: "lib/engine/boundary-probe.ts",
    code: 'export const c = () => import("../aws/collect");\n',
    rule: "import/no-restricted-paths",
  },
  {
    name: "the model importing React",
    file: "lib/model/boundary-probe.ts",
    code: 'import { cache } from "react";\nexport const c = cache;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "a check importing next/*",
    file: "lib/checks/boundary-probe.ts",
    code: 'import { notFound } from "next/navigation";\nexport const c = notFound;\n',
    rule: "no-restricted-imports",
  },
  {
    name: "a lib module importing a component by alias",
    file: "lib/reports/boundary-probe.ts",
    code: 'import { cn } from "@/components/ui/cn";\nexport const c = cn;\n',
    rule: "import/no-restricted-paths",
  },
  {
    name: "a lib module importing a component by relative path",
    file: "lib/sources/deep/boundary-probe.ts",
    code: 'import { cn } from "../../../components/ui/cn";\nexport const c = cn;\n',
    rule: "import/no-restricted-paths",
  },
  {
    name: "a lib module importing a route",
    file: "lib/reports/boundary-probe.ts",
    code: 'export const c = () => import("@/app/api/reports/route");\n',
    rule: "import/no-restricted-paths",
  },
];

describe("import boundaries", () => {
  it.each(cases)("$name fails lint", async ({ file, code, rule }) => {
    expect(await errorsOf(file, code)).toEqual([{ rule, line: 1 }]);
  });

  it("a check that reads the model and the engine lints clean", async () => {
    const code =
      'import type { Model } from "@/lib/model/types";\nimport { defineCheck } from "../engine/define-check";\nexport const c = (m: Model) => [m, defineCheck];\n';
    expect(await errorsOf("lib/checks/boundary-probe.ts", code)).toEqual([]);
  });

  it("a component may import a component and lib", async () => {
    const code =
      'import { cn } from "@/components/ui/cn";\nimport { analyze } from "@/lib/engine/analyze";\nexport const c = [cn, analyze];\n';
    expect(await errorsOf("components/boundary-probe.tsx", code)).toEqual([]);
  });
});
