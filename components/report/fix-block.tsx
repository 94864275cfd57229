import type { Fix } from "@/lib/diagnosis/types";
import { displayName } from "@/lib/text/display-text";
import { CopyButton } from "@/components/ui/copy-button";

const maskInText = /\b(?:account|ip|access-key|principal|unique-id)-\d+\b/;

function Code({ label, code, copy }: { label: string; code: string; copy?: boolean }) {
  return (
    <div>
      <div className="flex items-center justify-between gap-3">
        <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">{label}</p>
        {copy && <CopyButton text={code} label={`Copy the ${label} fix`} />}
      </div>
      <pre className="mt-1 overflow-x-auto rounded-md bg-slate-900 p-3 font-mono text-[13px] leading-relaxed whitespace-pre-wrap text-slate-100 [overflow-wrap:anywhere] print:border print:border-slate-300 print:bg-white print:text-slate-900">
        <code>{displayName(code, 20_000)}</code>
      </pre>
    </div>
  );
}

/**
 * How to fix it: the summary, the AWS CLI commands and console steps in full (a report is read and printed, so
 * nothing hides behind tabs), CloudFormation and Terraform folded.
 */
export function FixBlock({ fix, redacted }: { fix: Fix; redacted: boolean }) {
  const masked =
    redacted &&
    [fix.cli, fix.cloudformation, fix.terraform, ...(fix.console ?? [])].some((text) => text && maskInText.test(text));
  return (
    <section className="space-y-3 rounded-lg border border-teal-200 bg-teal-50/40 p-3 print:border-slate-300 print:bg-white">
      <p className="text-sm text-slate-900 [overflow-wrap:anywhere]">
        <strong className="font-semibold">Fix:</strong> {displayName(fix.summary, 2000)}
      </p>
      {masked && (
        <p className="text-xs text-slate-600">
          Masked values (account-1, ip-1, …) must be replaced with the real ones before running this.
        </p>
      )}
      {fix.cli && <Code label="AWS CLI" code={fix.cli} copy />}
      {fix.console && fix.console.length > 0 && (
        <div>
          <p className="text-xs font-medium tracking-wide text-slate-600 uppercase">In the AWS console</p>
          <ol className="mt-1 list-decimal space-y-1 pl-5 text-sm text-slate-800">
            {fix.console.map((step, i) => (
              <li key={i} className="[overflow-wrap:anywhere]">
                {displayName(step, 2000)}
              </li>
            ))}
          </ol>
        </div>
      )}
      {(fix.cloudformation || fix.terraform) && (
        <details className="text-sm">
          <summary className="cursor-pointer font-medium text-slate-700">Infrastructure as code</summary>
          <div className="mt-2 space-y-3">
            {fix.cloudformation && <Code label="CloudFormation" code={fix.cloudformation} />}
            {fix.terraform && <Code label="Terraform" code={fix.terraform} />}
          </div>
        </details>
      )}
    </section>
  );
}
