/**
 * Who may use this server, read once from the environment. `LOG_DOCTOR_AUTH` unset keeps the laptop default (no
 * sign-in; the server answers on loopback only). `oidc` signs people in with the company's identity provider;
 * `proxy` trusts the identity an authenticating proxy (an AWS ALB, or oauth2-proxy) puts on each request.
 * A setting that is present but wrong is an error, never a silent fallback to "no sign-in".
 */
export type Env = Record<string, string | undefined>;

export interface Allowlist {
  /** Lower-case email domains (`example.com`); a user whose verified email ends in `@<domain>` may sign in. */
  emailDomains: string[];
  /** Group names; a member of any of them may sign in. */
  groups: string[];
}

export interface CommonAuth {
  allow: Allowlist;
  /** When set, only members of this group may run live diagnoses (wizard scans, runbook links). */
  scanGroup: string | undefined;
  /** `LOG_DOCTOR_PUBLIC_REPORTS=true`: report links open without sign-in (capability links). */
  publicReports: boolean;
}

export interface OidcAuth extends CommonAuth {
  mode: "oidc";
  issuer: URL;
  clientId: string;
  clientSecret: string;
  redirectUri: URL;
  /** The ID-token (or userinfo) claim that lists the user's groups. */
  groupsClaim: string;
  scope: string;
  sessionSecret: string;
  sessionHours: number;
}

export interface ProxyAuth extends CommonAuth {
  mode: "proxy";
  /** ARNs of the load balancers whose `x-amzn-oidc-data` tokens are accepted (the token's `signer` header). */
  albArns: string[];
  /** Where the ALB's public keys are fetched: `<base>/<kid>`; derived from the ARN's region unless overridden (tests). */
  albKeysUrl: string | undefined;
  /** Peer addresses whose `X-Forwarded-Email` / `X-Forwarded-Groups` headers are believed (oauth2-proxy). */
  trustedProxies: string[];
}

export type AuthConfig = { mode: "none" } | OidcAuth | ProxyAuth;

export class AuthConfigError extends Error {}

const list = (value: string | undefined) =>
  (value ?? "")
    .split(",")
    .map((item) => item.trim())
    .filter((item) => item !== "");

function commonOf(env: Env, problems: string[]): CommonAuth {
  const emailDomains = list(env.LOG_DOCTOR_ALLOWED_EMAIL_DOMAINS).map((domain) =>
    domain.toLowerCase().replace(/^@/, ""),
  );
  for (const domain of emailDomains)
    if (!/^[a-z0-9.-]+\.[a-z]{2,}$/.test(domain))
      problems.push(`LOG_DOCTOR_ALLOWED_EMAIL_DOMAINS: ${JSON.stringify(domain)} is not a domain name`);
  const publicReports = env.LOG_DOCTOR_PUBLIC_REPORTS ?? "false";
  if (publicReports !== "true" && publicReports !== "false")
    problems.push("LOG_DOCTOR_PUBLIC_REPORTS must be true or false");
  return {
    allow: { emailDomains, groups: list(env.LOG_DOCTOR_ALLOWED_GROUPS) },
    scanGroup: env.LOG_DOCTOR_SCAN_GROUP?.trim() || undefined,
    publicReports: publicReports === "true",
  };
}

function urlOf(name: string, value: string | undefined, problems: string[]): URL {
  try {
    if (!value) throw new Error("missing");
    const url = new URL(value);
    if (url.protocol !== "https:" && !isLoopbackUrl(url)) throw new Error("not https");
    return url;
  } catch {
    problems.push(`${name} must be an https:// URL (http:// only on localhost)`);
    return new URL("https://invalid.invalid/");
  }
}

export function isLoopbackUrl(url: URL): boolean {
  return url.hostname === "localhost" || url.hostname === "[::1]" || /^127(\.\d{1,3}){3}$/.test(url.hostname);
}

/** Parses the auth settings; throws one AuthConfigError listing every problem, each naming the variable to fix. */
export function authConfigFrom(env: Env = process.env): AuthConfig {
  const mode = env.LOG_DOCTOR_AUTH?.trim() ?? "";
  if (mode === "" || mode === "none") return { mode: "none" };
  const problems: string[] = [];
  const common = commonOf(env, problems);
  let config: AuthConfig;
  if (mode === "oidc") {
    const sessionSecret = env.LOG_DOCTOR_SESSION_SECRET ?? "";
    if (sessionSecret.length < 32)
      problems.push(
        "LOG_DOCTOR_SESSION_SECRET must be at least 32 characters (e.g. `openssl rand -base64 48`); every replica needs the same one",
      );
    if (!env.LOG_DOCTOR_OIDC_CLIENT_ID) problems.push("LOG_DOCTOR_OIDC_CLIENT_ID is missing");
    if (!env.LOG_DOCTOR_OIDC_CLIENT_SECRET) problems.push("LOG_DOCTOR_OIDC_CLIENT_SECRET is missing");
    if (common.allow.emailDomains.length === 0 && common.allow.groups.length === 0)
      problems.push(
        "set LOG_DOCTOR_ALLOWED_EMAIL_DOMAINS and/or LOG_DOCTOR_ALLOWED_GROUPS: without an allowlist anyone with an account at the identity provider could run diagnoses",
      );
    const sessionHours = Number(env.LOG_DOCTOR_SESSION_HOURS ?? "8");
    if (!Number.isInteger(sessionHours) || sessionHours < 1 || sessionHours > 24 * 7)
      problems.push("LOG_DOCTOR_SESSION_HOURS must be a whole number of hours from 1 to 168");
    config = {
      mode,
      ...common,
      issuer: urlOf("LOG_DOCTOR_OIDC_ISSUER", env.LOG_DOCTOR_OIDC_ISSUER, problems),
      clientId: env.LOG_DOCTOR_OIDC_CLIENT_ID ?? "",
      clientSecret: env.LOG_DOCTOR_OIDC_CLIENT_SECRET ?? "",
      redirectUri: urlOf("LOG_DOCTOR_OIDC_REDIRECT_URI", env.LOG_DOCTOR_OIDC_REDIRECT_URI, problems),
      groupsClaim: env.LOG_DOCTOR_OIDC_GROUPS_CLAIM?.trim() || "groups",
      scope: env.LOG_DOCTOR_OIDC_SCOPE?.trim() || "openid email profile",
      sessionSecret,
      sessionHours,
    };
    if (config.redirectUri.pathname !== "/auth/callback")
      problems.push(
        "LOG_DOCTOR_OIDC_REDIRECT_URI must end in /auth/callback (e.g. https://log-doctor.example.com/auth/callback)",
      );
  } else if (mode === "proxy") {
    const albArns = list(env.LOG_DOCTOR_ALB_ARN);
    for (const arn of albArns)
      if (!/^arn:aws[a-z-]*:elasticloadbalancing:[a-z0-9-]+:\d{12}:loadbalancer\/app\//.test(arn))
        problems.push(`LOG_DOCTOR_ALB_ARN: ${arn} is not an Application Load Balancer ARN`);
    const trustedProxies = list(env.LOG_DOCTOR_TRUSTED_PROXIES);
    if (albArns.length === 0 && trustedProxies.length === 0)
      problems.push(
        "proxy mode needs LOG_DOCTOR_ALB_ARN (an ALB with an OIDC action) and/or LOG_DOCTOR_TRUSTED_PROXIES (addresses of an oauth2-proxy-style proxy)",
      );
    const albKeysUrl = env.LOG_DOCTOR_ALB_KEYS_URL?.trim() || undefined;
    if (albKeysUrl) urlOf("LOG_DOCTOR_ALB_KEYS_URL", albKeysUrl, problems);
    config = { mode, ...common, albArns, albKeysUrl, trustedProxies };
  } else {
    throw new AuthConfigError(
      `LOG_DOCTOR_AUTH must be oidc or proxy (or unset for no sign-in on loopback), not ${JSON.stringify(mode)}`,
    );
  }
  if (problems.length > 0)
    throw new AuthConfigError(`LOG_DOCTOR_AUTH=${mode} is not configured: ${problems.join("; ")}`);
  return config;
}

const cache = globalThis as typeof globalThis & { __logDoctorAuth?: { key: string; config: AuthConfig } };
const keyOf = (env: Env) =>
  JSON.stringify(
    Object.entries(env)
      .filter(([name]) => name.startsWith("LOG_DOCTOR_"))
      .sort(),
  );

/** The process's auth settings, parsed again only when a LOG_DOCTOR_ variable changed (tests change them). */
export function authConfig(env: Env = process.env): AuthConfig {
  const key = keyOf(env);
  if (cache.__logDoctorAuth?.key !== key) cache.__logDoctorAuth = { key, config: authConfigFrom(env) };
  return cache.__logDoctorAuth.config;
}
