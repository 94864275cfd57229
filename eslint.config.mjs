import next from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  { ignores: ["node_modules/**", ".next/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  ...next,
  ...nextTypescript,
];

export default config;
