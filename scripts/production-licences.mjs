#!/usr/bin/env node
// Lists the licences of the packages the app and CLI run with (the lockfile's non-dev entries, the installed
// package.json's `license` where it is installed) and names those that are not permissive, for the README's
// dependency note. `node scripts/production-licences.mjs [--all]`
import { existsSync, readFileSync } from "node:fs";

const permissive = new Set([
  "MIT",
  "ISC",
  "Apache-2.0",
  "BSD-2-Clause",
  "BSD-3-Clause",
  "0BSD",
  "BlueOak-1.0.0",
  "Unlicense",
  "CC0-1.0",
  "Python-2.0",
]);
/** "(MIT OR Apache-2.0)" is permissive when one of its choices is; "MIT AND X" only when all are. */
function isPermissive(expression) {
  const terms = expression.replace(/[()]/g, "").split(/\s+(OR|AND)\s+/);
  const names = terms.filter((_, i) => i % 2 === 0);
  return /\sAND\s/.test(expression) ? names.every((n) => permissive.has(n)) : names.some((n) => permissive.has(n));
}

const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));
const rows = [];
for (const [path, entry] of Object.entries(lock.packages)) {
  if (path === "" || entry.dev || entry.link) continue;
  const installed = `${path}/package.json`;
  const manifest = existsSync(installed) ? JSON.parse(readFileSync(installed, "utf8")) : null;
  const licence =
    (typeof manifest?.license === "string" ? manifest.license : manifest?.license?.type) ?? entry.license ?? "UNKNOWN";
  rows.push({
    name: path.replace(/^.*node_modules\//, ""),
    version: entry.version,
    licence,
    optional: Boolean(entry.optional || entry.devOptional),
    installed: Boolean(manifest),
  });
}

const counts = {};
for (const row of rows) counts[row.licence] = (counts[row.licence] ?? 0) + 1;
console.log(
  `${rows.length} production packages: ${Object.entries(counts)
    .sort((a, b) => b[1] - a[1])
    .map(([l, n]) => `${l} ${n}`)
    .join(", ")}`,
);
const notPermissive = rows.filter((row) => !isPermissive(row.licence));
for (const row of notPermissive)
  console.log(
    `not permissive: ${row.name}@${row.version} ${row.licence}${row.optional ? " (optional)" : ""}${row.installed ? "" : " (not installed here)"}`,
  );
if (process.argv.includes("--all")) for (const row of rows) console.log(`${row.name}@${row.version}\t${row.licence}`);
