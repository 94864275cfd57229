import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: ["node_modules/**", ".next/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...next,
  ...nextTypescript,
  {
    // Only lib/aws talks to AWS, through its allowlisted read-only gate (lib/aws/read-only-guard.test.ts checks the
    // forms a lint rule cannot see, such as computed names).
    files: ["**/*.{ts,tsx,mts,cts,js,mjs,cjs}"],
    ignores: ["lib/aws/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@aws-sdk/*", "@smithy/*"], message: "Only lib/aws may use the AWS SDK: call its collector, which sends allowlisted read-only commands." }] },
      ],
      "no-restricted-syntax": [
        "error",
        { selector: "ImportExpression[source.value=/^@(aws-sdk|smithy)\\//]", message: "Only lib/aws may load the AWS SDK." },
        { selector: "CallExpression[callee.name='require'][arguments.0.value=/^@(aws-sdk|smithy)\\//]", message: "Only lib/aws may load the AWS SDK." },
      ],
    },
  },
];

export default config;
