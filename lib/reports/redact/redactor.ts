import {
  arnNames,
  isRoleIssuer,
  principalIdKeys,
  principalNameKeys,
  principalOfId,
  structuralKeys,
  type RedactionPlan,
} from "./principals";
import {
  accessKeyPattern,
  accountIdPattern,
  arnPattern,
  ipv4Pattern,
  ipv6CandidatePattern,
  isIpv6,
  maskPattern,
  principalNameCharacters,
  uniqueIdPattern,
} from "./patterns";

type MaskKind = "account" | "access-key" | "ip" | "principal" | "unique-id";

/**
 * Second pass: replaces every sensitive value with a mask, the same value always with the same mask
 * (`account-1`, `ip-2`, …) across everything one Redactor sees. Structure is kept: only strings change (object keys
 * included), so the result is the same JSON shape and still valid JSON inside JSON-encoded strings, because no mask
 * holds a quote or a backslash.
 */
export class Redactor {
  private readonly masks = new Map<string, string>();
  private readonly counts = new Map<MaskKind, number>();
  private readonly names: RegExp | null;
  /** With a few names, `includes` rules most strings out faster than the name pattern can. */
  private readonly nameList: string[] | null;

  constructor(plan: RedactionPlan) {
    const names = [...plan.principals]
      .filter((name) => !plan.protectedNames.has(name))
      .sort((a, b) => b.length - a.length);
    this.nameList = names.length <= 32 ? names : null;
    // Longest first, and only as whole names: `ops` must not eat into `ops-team` or `devops`.
    this.names =
      names.length > 0
        ? new RegExp(
            `(?<!${principalNameCharacters})(?:${names.map(escapeRegExp).join("|")})(?!${principalNameCharacters.replace(".", "")}|\\.${principalNameCharacters})`,
            "g",
          )
        : null;
  }

  mask(kind: MaskKind, value: string): string {
    if (maskPattern.test(value)) return value;
    const key = `${kind}\u0000${kind === "ip" ? value.toLowerCase() : value}`;
    let mask = this.masks.get(key);
    if (!mask) {
      const count = (this.counts.get(kind) ?? 0) + 1;
      this.counts.set(kind, count);
      mask = `${kind}-${count}`;
      this.masks.set(key, mask);
    }
    return mask;
  }

  /**
   * Any JSON value: strings are redacted as text, principal members as a whole, numbers and booleans kept. Object
   * keys and the report's own vocabulary (`structuralKeys`: kinds, check ids, field names, statuses) keep every word:
   * a principal named `log-doctor` or `deploy` must not turn `log-doctor/diagnosis` into `principal-1/diagnosis`.
   * Account ids, keys and addresses are masked everywhere.
   */
  value(value: unknown, structural = false): unknown {
    if (typeof value === "string") return this.text(value, !structural);
    if (Array.isArray(value)) return value.map((item) => this.value(item, structural));
    if (typeof value !== "object" || value === null) return value;
    const object = value as Record<string, unknown>;
    const out: Record<string, unknown> = {};
    for (const [key, member] of Object.entries(object)) {
      out[this.text(key, false)] =
        typeof member === "string" ? this.member(key, member, object) : this.value(member, structuralKeys.has(key));
    }
    return out;
  }

  /** Strings repeat a lot (keys, regions, check ids): short ones are redacted once, per kind of place. */
  private readonly memo = { names: new Map<string, string>(), plain: new Map<string, string>() };

  /** Redacts free text; `names: false` leaves principal names in it (for the report's own vocabulary). */
  text(text: string, names = true): string {
    const memo = names ? this.memo.names : this.memo.plain;
    const short = text.length <= 256;
    const known = short ? memo.get(text) : undefined;
    if (known !== undefined) return known;
    const out = this.redactText(text, names);
    if (short && memo.size < 200_000) memo.set(text, out);
    return out;
  }

  // Each pass first checks cheaply whether it can match at all: most strings hold none of these values.
  private redactText(text: string, names: boolean): string {
    let out = text;
    if (out.includes("arn:")) {
      out = out.replace(
        arnPattern,
        (_arn, partition: string, service: string, region: string, account: string | undefined, resource: string) => {
          return `arn:${partition}:${service}:${region}:${account ? this.mask("account", account) : ""}:${this.resource(service, resource)}`;
        },
      );
    }
    if (names && this.names && (this.nameList === null || this.nameList.some((name) => out.includes(name)))) {
      out = out.replace(this.names, (name) => this.mask("principal", name));
    }
    if (/A(?:KIA|SIA|IDA|ROA)/.test(out)) {
      out = out.replace(accessKeyPattern, (key) => this.mask("access-key", key));
      out = out.replace(uniqueIdPattern, (id) => this.mask("unique-id", id));
    }
    if (out.indexOf(":") !== out.lastIndexOf(":"))
      out = out.replace(ipv6CandidatePattern, (candidate) =>
        isIpv6(candidate) ? this.mask("ip", candidate) : candidate,
      );
    if (out.includes(".")) out = out.replace(ipv4Pattern, (ip) => this.mask("ip", ip));
    return out.length >= 12 ? out.replace(accountIdPattern, (account) => this.mask("account", account)) : out;
  }

  private member(key: string, value: string, object: Record<string, unknown>): string {
    if (principalNameKeys.has(key) && !isRoleIssuer(object) && value.trim() !== "")
      return this.mask("principal", value);
    if (principalIdKeys.has(key)) {
      const principal = principalOfId(value);
      if (principal)
        return `${this.text(value.slice(0, value.length - principal.length - 1))}:${this.mask("principal", principal)}`;
    }
    return this.text(value, !structuralKeys.has(key));
  }

  /** The principal's name inside an IAM or STS ARN is masked even when it shares a protected name. */
  private resource(service: string, resource: string): string {
    const { principal, at } = arnNames(service, resource);
    if (!principal || at < 0) return resource;
    return `${resource.slice(0, at)}${this.mask("principal", principal)}${resource.slice(at + principal.length)}`;
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
