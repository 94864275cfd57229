import { asObject, flag, member, objectMember, text } from "./fields";
import type { Actor } from "./types";

/**
 * Who made the call, from the record's `userIdentity`, following the types CloudTrail documents
 * (https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-event-reference-user-identity.html).
 */
export function describeActor(userIdentity: unknown): Actor {
  const identity = asObject(userIdentity);
  const session = objectMember(identity, "sessionContext");
  const issuer = objectMember(session, "sessionIssuer");
  const onBehalfOf = objectMember(identity, "onBehalfOf");
  const arn = text(identity, "arn");
  const type = text(identity, "type") ?? "Unknown";
  const actor: Actor = {
    type,
    label: "",
    arn,
    accountId: text(identity, "accountId"),
    accessKeyId: text(identity, "accessKeyId"),
    principalId: text(identity, "principalId"),
    userName: text(identity, "userName"),
    sessionIssuer: issuer
      ? { type: text(issuer, "type"), name: text(issuer, "userName"), arn: text(issuer, "arn") }
      : null,
    sessionName: type === "AssumedRole" || type === "FederatedUser" ? sessionNameOf(arn) : null,
    invokedBy: invokedBy(member(identity, "invokedBy")),
    onBehalfOf: onBehalfOf
      ? { userId: text(onBehalfOf, "userId"), identityStoreArn: text(onBehalfOf, "identityStoreArn") }
      : null,
    identityProvider:
      text(identity, "identityProvider") ?? text(objectMember(session, "webIdFederationData"), "federatedProvider"),
    mfaAuthenticated: flag(objectMember(session, "attributes"), "mfaAuthenticated"),
  };
  actor.label = identity ? label(actor) : "no userIdentity in the record";
  return actor;
}

function label(actor: Actor): string {
  const via = actor.invokedBy ? ` via ${actor.invokedBy}` : "";
  const account = actor.accountId ? ` of account ${actor.accountId}` : "";
  switch (actor.type) {
    case "Root":
      return `root user${account}${via}`;
    case "IAMUser":
      return `IAM user ${actor.userName ?? lastSegment(actor.arn) ?? actor.principalId ?? "(unnamed)"}${via}`;
    case "AssumedRole": {
      const role = actor.sessionIssuer?.name ?? roleOfAssumedArn(actor.arn) ?? "(unknown role)";
      return `role ${role}${actor.sessionName ? ` (session ${actor.sessionName})` : ""}${via}`;
    }
    case "FederatedUser": {
      const issuer = actor.sessionIssuer
        ? ` issued by ${actor.sessionIssuer.type ?? "principal"} ${actor.sessionIssuer.name ?? actor.sessionIssuer.arn ?? ""}`.trimEnd()
        : "";
      return `federated user ${actor.sessionName ?? actor.principalId ?? "(unnamed)"}${issuer}${via}`;
    }
    case "AWSService":
      return `AWS service ${actor.invokedBy ?? "(not named)"}`;
    case "AWSAccount":
      return `AWS account ${actor.accountId ?? actor.principalId ?? "(not named)"}${via}`;
    case "IdentityCenterUser":
      return `IAM Identity Center user ${actor.onBehalfOf?.userId ?? "(not named)"}${account}`;
    case "SAMLUser":
    case "WebIdentityUser":
      return `${actor.type === "SAMLUser" ? "SAML" : "web identity"} user ${actor.userName ?? actor.principalId ?? "(unnamed)"}${actor.identityProvider ? ` from ${actor.identityProvider}` : ""}`;
    case "Unknown":
      return `unknown identity${actor.principalId ? ` ${actor.principalId}` : ""}${via}`;
    default:
      return `${actor.type} ${actor.arn ?? actor.principalId ?? actor.userName ?? ""}`.trimEnd() + via;
  }
}

/** `invokedBy` is a service name (`signin.amazonaws.com`); the IoT guide prints an object with a service account id. */
function invokedBy(value: unknown): string | null {
  if (typeof value === "string" && value.trim() !== "") return value;
  const object = asObject(value);
  const account = text(object, "serviceAccountId");
  return account ? `service account ${account}` : null;
}

/** `…:assumed-role/Role/session` → `session`; `…:federated-user/Bob` → `Bob`. */
function sessionNameOf(arn: string | null): string | null {
  if (!arn) return null;
  const parts = arn.split(":").slice(5).join(":").split("/");
  if (parts[0] === "federated-user") return parts[1] ?? null;
  return parts.length >= 3 ? parts[parts.length - 1] : null;
}

function roleOfAssumedArn(arn: string | null): string | null {
  if (!arn) return null;
  const parts = arn.split(":").slice(5).join(":").split("/");
  return parts[0] === "assumed-role" && parts.length >= 2 ? parts[1] : null;
}

function lastSegment(arn: string | null): string | null {
  return arn ? (arn.split("/").pop() ?? null) : null;
}
