import { symptomNames } from "../checks/registry";

/** The "What are you missing?" answers, in the words users search for. */
export const symptomOptions: readonly { name: string; label: string; hint: string }[] = [
  { name: "413", label: "413 Request Entity Too Large", hint: "payloads over the size limit" },
  { name: "429", label: "429 Too Many Requests", hint: "throttled requests" },
  { name: "unmapped-domain-4xx", label: "4xx from a custom domain", hint: "403/404 on your own domain name" },
  { name: "internal-5xx", label: "5xx from API Gateway itself", hint: "internal errors before your integration" },
  { name: "missing-auth-token-403", label: "403 Missing Authentication Token", hint: "wrong path, stage or method" },
  { name: "test-invoke", label: "Calls from the console's Test button", hint: "test invocations" },
  { name: "authorizer-401", label: "401 Unauthorized from an authorizer", hint: "token or identity source rejected" },
  { name: "waf-403", label: "403 Forbidden from AWS WAF", hint: "requests your web ACL blocks" },
].filter((option) => symptomNames.includes(option.name));

/** The `?symptom=` values that name a known symptom, each once, in checklist order. */
export function parseSymptoms(value: string | string[] | undefined): string[] {
  const given = new Set(value === undefined ? [] : Array.isArray(value) ? value : [value]);
  return symptomNames.filter((name) => given.has(name));
}
