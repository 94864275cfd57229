import { Badge, type BadgeTone } from "@/components/ui/badge";
import type { Actor } from "@/lib/cloudtrail";
import { displayName } from "@/lib/text/display-text";

// Root stands out: it should rarely change anything. Roles and users are told apart; the rest stays quiet.
const tones: Record<string, BadgeTone> = {
  Root: "red",
  IAMUser: "sky",
  AssumedRole: "violet",
  FederatedUser: "amber",
  AWSService: "green",
  AWSAccount: "slate",
  IdentityCenterUser: "sky",
  SAMLUser: "outline",
  WebIdentityUser: "outline",
};

/** The identity type as CloudTrail names it (Root, AssumedRole, …), always in words. */
export function ActorTypeBadge({ type }: { type: string }) {
  return (
    <Badge tone={tones[type] ?? "slate"} className="max-w-[14rem] truncate">
      <span className="sr-only">Identity type </span>
      {displayName(type, 40)}
    </Badge>
  );
}

/** Who made the call: type, one human phrase, the ARN, and for sessions who issued them. */
export function ActorSummary({ actor }: { actor: Actor }) {
  const issuer = actor.sessionIssuer;
  const extras = [
    issuer && (issuer.name || issuer.arn)
      ? `session issued by ${issuer.type ?? "principal"} ${displayName(issuer.name ?? issuer.arn ?? "", 160)}`
      : null,
    actor.accessKeyId ? `access key ${displayName(actor.accessKeyId, 40)}` : null,
    actor.mfaAuthenticated === null ? null : actor.mfaAuthenticated ? "signed in with MFA" : "no MFA",
  ].filter((extra): extra is string => extra !== null);
  return (
    <div className="min-w-0 space-y-0.5">
      <div className="flex min-w-0 flex-wrap items-center gap-x-2 gap-y-1">
        <ActorTypeBadge type={actor.type} />
        <span className="min-w-0 text-slate-900 [overflow-wrap:anywhere]">{displayName(actor.label, 300)}</span>
      </div>
      {actor.arn && (
        <p className="font-mono text-xs text-slate-600 [overflow-wrap:anywhere]">{displayName(actor.arn, 300)}</p>
      )}
      {extras.length > 0 && <p className="text-xs text-slate-600 [overflow-wrap:anywhere]">{extras.join(" · ")}</p>}
    </div>
  );
}
