// Whether the server may start on the address it is asked to bind. The server holds AWS credentials: on loopback
// only the people at this machine reach it, so no sign-in is needed; on any other address (0.0.0.0, a LAN or VPC
// address, a host name) it must know who is asking, so it refuses to start until LOG_DOCTOR_AUTH says how.

/** 127.0.0.0/8, ::1 and localhost are loopback; everything else (0.0.0.0 and :: included) reaches the network. */
export function isLoopbackBind(host) {
  const name = String(host)
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, "$1");
  return name === "localhost" || name === "::1" || /^127(\.\d{1,3}){3}$/.test(name);
}

/** null when the bind is fine, else the message to print before exiting. */
export function bindRefusal(host, env) {
  if (isLoopbackBind(host)) return null;
  const auth = (env.LOG_DOCTOR_AUTH ?? "").trim();
  if (auth === "oidc" || auth === "proxy") return null;
  return [
    `log-doctor: refusing to listen on ${host}: the server holds AWS credentials and this address is reachable from the network, so it needs sign-in.`,
    "Set one of:",
    "  LOG_DOCTOR_AUTH=oidc   sign in with your identity provider: LOG_DOCTOR_OIDC_ISSUER, LOG_DOCTOR_OIDC_CLIENT_ID,",
    "                         LOG_DOCTOR_OIDC_CLIENT_SECRET, LOG_DOCTOR_OIDC_REDIRECT_URI (https://<host>/auth/callback),",
    "                         LOG_DOCTOR_SESSION_SECRET (32+ characters), LOG_DOCTOR_ALLOWED_EMAIL_DOMAINS and/or LOG_DOCTOR_ALLOWED_GROUPS",
    "  LOG_DOCTOR_AUTH=proxy  behind an AWS ALB with an OIDC action (LOG_DOCTOR_ALB_ARN) or an oauth2-proxy",
    "                         (LOG_DOCTOR_TRUSTED_PROXIES=<its addresses>)",
    'and LOG_DOCTOR_ALLOWED_HOSTS=<the names it is served under>. See "Run it for your team" in README.md.',
    "Or unset HOST to serve on 127.0.0.1 only.",
  ].join("\n");
}
