import { existsSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

export type Env = Readonly<Record<string, string | undefined>>;

export interface AwsEnvironment {
  /** Whether the server has some way to get AWS credentials (never which ones, never their values). */
  configured: boolean;
  /** Where they would come from, for the start page: names of variables and files only. */
  via: string[];
  /** Credential variables set in the server's environment (names only): the SDK's default chain uses them. */
  variables: string[];
}

const credentialVariables = [
  "AWS_ACCESS_KEY_ID",
  "AWS_PROFILE",
  "AWS_WEB_IDENTITY_TOKEN_FILE",
  "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",
  "AWS_CONTAINER_CREDENTIALS_FULL_URI",
];

export function sharedFilePaths(env: Env = process.env, home = homedir()): { config: string; credentials: string } {
  return {
    config: env.AWS_CONFIG_FILE || path.join(home, ".aws", "config"),
    credentials: env.AWS_SHARED_CREDENTIALS_FILE || path.join(home, ".aws", "credentials"),
  };
}

/**
 * Decides the start page's default source without reading any secret: the presence of the SDK's credential
 * variables (checked by name, values untouched) and of the shared config and credentials files.
 */
export function detectAwsEnvironment(
  env: Env = process.env,
  exists: (file: string) => boolean = existsSync,
  home = homedir(),
): AwsEnvironment {
  const variables = credentialVariables.filter((name) => (env[name] ?? "") !== "");
  const via = [...variables];
  const files = sharedFilePaths(env, home);
  // Paths outside the project, looked up per request: keep them out of the build trace.
  if (exists(/*turbopackIgnore: true*/ files.config))
    via.push(env.AWS_CONFIG_FILE ? "AWS_CONFIG_FILE" : "~/.aws/config");
  if (exists(/*turbopackIgnore: true*/ files.credentials))
    via.push(env.AWS_SHARED_CREDENTIALS_FILE ? "AWS_SHARED_CREDENTIALS_FILE" : "~/.aws/credentials");
  return { configured: via.length > 0, via, variables };
}
