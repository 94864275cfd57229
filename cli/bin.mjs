#!/usr/bin/env node
// Runs the TypeScript CLI through tsx so `npx log-doctor` works straight after `npm ci`, with no build step.
import { register } from "tsx/esm/api";

// The SDK's notice about Node 22 (for releases after January 2027) is noise in a CLI's one-line errors.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= "true";
register();
const { main } = await import("./main.ts");
process.exitCode = await main(process.argv.slice(2));
