import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

// Import boundaries: the data flows one way, AWS / capture / template → lib/capture → lib/model → lib/engine running
// lib/checks → lib/diagnosis → surfaces (app/, components/, cli/). docs/architecture.md explains them, and
// lib/import-boundaries.test.ts lints a deliberate violation of each so they are proven to fail.
//
// ESLint applies only the last config object's options for a rule, so each folder's no-restricted-imports lists every
// group that applies there (the AWS SDK group everywhere but lib/aws).
const awsSdk = {
  group: ["@aws-sdk/*", "@smithy/*"],
  message: "Only lib/aws may use the AWS SDK: call its collector, which sends allowlisted read-only commands.",
};
const viewCode = {
  group: ["react", "react/*", "react-dom", "react-dom/*", "next", "next/*"],
  message:
    "The engine core (lib/model, lib/engine, lib/checks) is plain TypeScript: no React, no Next.js. Surfaces render its Diagnosis.",
};
const engineCore = ["lib/model/**", "lib/engine/**", "lib/checks/**"];
const checksNotAws = [
  {
    target: "./lib/checks",
    from: "./lib/aws",
    message: "A check reads the Model, never AWS: add the call to lib/aws and the value to lib/model.",
  },
  { target: "./lib/engine", from: "./lib/aws", message: "The engine reads the Model, never AWS." },
];

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
      "no-restricted-imports": ["error", { patterns: [awsSdk] }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "ImportExpression[source.value=/^@(aws-sdk|smithy)\\//]",
          message: "Only lib/aws may load the AWS SDK.",
        },
        {
          selector: "CallExpression[callee.name='require'][arguments.0.value=/^@(aws-sdk|smithy)\\//]",
          message: "Only lib/aws may load the AWS SDK.",
        },
      ],
    },
  },
  {
    files: engineCore,
    rules: { "no-restricted-imports": ["error", { patterns: [awsSdk, viewCode] }] },
  },
  {
    // Folder rules on resolved paths, so "@/components/x", "../../components/x" and import("…") are all caught.
    // eslint-plugin-import comes with eslint-config-next, which registers it as "import" with the TypeScript resolver.
    files: ["lib/**/*.{ts,tsx,mts,cts}"],
    rules: {
      "import/no-restricted-paths": ["error", { basePath: root, zones: checksNotAws }],
    },
  },
  {
    // The same zones plus "lib imports no route or component". Two tests are exempt from the latter: they drive
    // the API routes to prove the host rule, and sign-in, cover every one of them.
    files: ["lib/**/*.{ts,tsx,mts,cts}"],
    ignores: ["lib/sources/host-allowlist-coverage.test.ts", "lib/auth/oidc-sign-in.test.ts"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          basePath: root,
          zones: [
            ...checksNotAws,
            {
              target: "./lib",
              from: ["./components", "./app"],
              message: "lib/ is below the surfaces: a route or component imports lib, never the other way.",
            },
          ],
        },
      ],
    },
  },
];

export default config;
