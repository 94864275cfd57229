import { displayName } from "@/lib/text/display-text";

const code = "rounded bg-slate-100 px-1.5 py-0.5 font-mono text-[13px]";

/** What to do when the server has no AWS credentials: a page that explains, not a stack trace. */
export function CredentialsHelp({ detail }: { detail: string }) {
  return (
    <section
      aria-labelledby="credentials-title"
      className="space-y-4 rounded-xl border-2 border-violet-300 bg-white p-6"
      data-outcome="no-credentials"
    >
      <h2 id="credentials-title" className="text-2xl font-bold tracking-tight text-slate-900">
        This server has no AWS credentials
      </h2>
      <p className="text-slate-700">
        A runbook link diagnoses the API live, with the credentials of the server that serves Log Doctor, read-only. It
        found none (<span className="[overflow-wrap:anywhere]">{displayName(detail, 300)}</span>). Give the server
        credentials in one of these ways, then restart it:
      </p>
      <ol className="list-decimal space-y-3 pl-6 text-slate-800">
        <li>
          A named profile: <code className={code}>aws configure sso</code> (IAM Identity Center) or{" "}
          <code className={code}>aws configure --profile NAME</code>, then start the server with{" "}
          <code className={code}>AWS_PROFILE=NAME npm start</code>. For SSO, sign in again with{" "}
          <code className={code}>aws sso login --profile NAME</code> when the session expires.
        </li>
        <li>
          Environment variables: <code className={code}>AWS_ACCESS_KEY_ID</code>,{" "}
          <code className={code}>AWS_SECRET_ACCESS_KEY</code> and, for temporary credentials,{" "}
          <code className={code}>AWS_SESSION_TOKEN</code>.
        </li>
        <li>
          On EC2, ECS or Lambda: attach a role to the instance or task; the server picks it up with no configuration.
        </li>
      </ol>
      <p className="text-slate-700">
        The calls are read-only. <code className={code}>npx log-doctor policy</code> prints the least-privilege IAM
        policy they need.
      </p>
    </section>
  );
}
