import { readFileSync, statSync } from "node:fs";
import { sharedFilePaths, type Env } from "./aws-environment";

export interface AwsProfile {
  name: string;
  /** The profile's `region` from the config file, if it sets one. */
  region: string | null;
}

const MAX_FILE_BYTES = 1024 * 1024;
const profileName = /^[A-Za-z0-9_.@+\-/]{1,64}$/;

/**
 * Profile names (and regions) from the shared config and credentials files. Only section headers and `region`
 * lines are read out; every other line — keys, tokens, SSO settings — is skipped and never leaves this function.
 */
export function listAwsProfiles(
  env: Env = process.env,
  read: (file: string) => string | null = readSmallFile,
): AwsProfile[] {
  const files = sharedFilePaths(env);
  const profiles = new Map<string, string | null>();
  for (const [file, isConfig] of [
    [files.config, true],
    [files.credentials, false],
  ] as const) {
    const text = read(file);
    if (text === null) continue;
    let current: string | null = null;
    for (const raw of text.split(/\r?\n/)) {
      const line = raw.trim();
      const header = /^\[\s*([^\]]+?)\s*\]$/.exec(line);
      if (header) {
        current = sectionProfile(header[1], isConfig);
        if (current !== null && !profiles.has(current)) profiles.set(current, null);
        continue;
      }
      const region = /^region\s*=\s*([a-z0-9-]+)\s*$/.exec(line);
      if (region && current !== null && isConfig) profiles.set(current, region[1]);
    }
  }
  return [...profiles]
    .map(([name, region]) => ({ name, region }))
    .sort((a, b) => (a.name === "default" ? -1 : b.name === "default" ? 1 : a.name.localeCompare(b.name)));
}

/** `[default]` and `[profile x]` in the config file, `[x]` in the credentials file; other sections are not profiles. */
function sectionProfile(section: string, isConfig: boolean): string | null {
  const name = isConfig ? (section === "default" ? "default" : /^profile\s+(.+)$/.exec(section)?.[1]?.trim()) : section;
  return name && profileName.test(name) ? name : null;
}

function readSmallFile(file: string): string | null {
  try {
    if (statSync(file).size > MAX_FILE_BYTES) return null;
    return readFileSync(file, "utf8");
  } catch {
    return null;
  }
}
