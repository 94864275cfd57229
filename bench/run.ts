// `npm run bench`: runs every bench/*.bench.ts in name order; each prints its own figure lines.
// Benchmarks, not tests: the machine is shared and noisy, so nothing here asserts a time.
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";

interface BenchModule {
  run(options: { only?: string }): Promise<void>;
}

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv[2];
const files = readdirSync(dir)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => !only || name.startsWith(only))
  .sort();

let failed = false;
for (const file of files) {
  const bench = (await import(pathToFileURL(`${dir}/${file}`).href)) as BenchModule;
  try {
    await bench.run({ only });
  } catch (error) {
    failed = true;
    console.error(`${file}: ${(error as Error).stack ?? error}`);
  }
}
process.exitCode = failed ? 1 : 0;
