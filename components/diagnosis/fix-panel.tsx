"use client";

import { useId, useRef, useState } from "react";
import type { Fix } from "@/lib/diagnosis/types";
import { CopyButton } from "../ui/copy-button";
import { cn } from "../ui/cn";

type Variant = { key: string; label: string; text: string; steps?: string[] };

function variantsOf(fix: Fix): Variant[] {
  const list: Variant[] = [];
  if (fix.cli) list.push({ key: "cli", label: "AWS CLI", text: fix.cli });
  if (fix.console?.length)
    list.push({
      key: "console",
      label: "Console",
      text: fix.console.map((s, i) => `${i + 1}. ${s}`).join("\n"),
      steps: fix.console,
    });
  if (fix.cloudformation) list.push({ key: "cloudformation", label: "CloudFormation", text: fix.cloudformation });
  if (fix.terraform) list.push({ key: "terraform", label: "Terraform", text: fix.terraform });
  return list;
}

/** The fix as tabs (AWS CLI, console steps, CloudFormation, Terraform), each with a copy button; arrow keys move between tabs. */
export function FixPanel({ fix }: { fix: Fix }) {
  const variants = variantsOf(fix);
  const [active, setActive] = useState(0);
  const id = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  if (variants.length === 0) return null;
  const current = variants[Math.min(active, variants.length - 1)];

  const onKeyDown = (event: React.KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowRight: 1,
      ArrowLeft: -1,
      Home: -active,
      End: variants.length - 1 - active,
    };
    if (!(event.key in moves)) return;
    event.preventDefault();
    const next = (active + moves[event.key] + variants.length) % variants.length;
    setActive(next);
    tabs.current[next]?.focus();
  };

  return (
    <div className="overflow-hidden rounded-lg border border-slate-200">
      <div
        role="tablist"
        aria-label="Fix as"
        className="flex flex-wrap gap-1 border-b border-slate-200 bg-slate-50 px-2 pt-2"
        onKeyDown={onKeyDown}
      >
        {variants.map((variant, index) => (
          <button
            key={variant.key}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${variant.key}`}
            aria-selected={variant === current}
            aria-controls={`${id}-panel`}
            tabIndex={variant === current ? 0 : -1}
            onClick={() => setActive(index)}
            className={cn(
              "-mb-px rounded-t-md border px-3 py-1.5 text-sm font-medium focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-teal-700",
              variant === current
                ? "border-slate-200 border-b-white bg-white text-slate-900"
                : "border-transparent text-slate-600 hover:text-slate-900",
            )}
          >
            {variant.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${current.key}`} className="bg-white">
        <div className="flex items-start justify-between gap-3 px-4 pt-3">
          <p className="text-xs font-medium uppercase tracking-wide text-slate-600">
            {current.steps ? "Steps in the AWS console" : current.label}
          </p>
          <CopyButton text={current.text} label={`Copy ${current.label} fix`} />
        </div>
        {current.steps ? (
          <ol className="list-decimal space-y-1.5 px-4 pt-2 pb-4 pl-9 text-sm text-slate-800">
            {current.steps.map((step, i) => (
              <li key={i} className="[overflow-wrap:anywhere]">
                {step}
              </li>
            ))}
          </ol>
        ) : (
          <pre className="m-3 mt-2 rounded-md bg-slate-900 p-3 font-mono text-[13px] leading-relaxed whitespace-pre-wrap text-slate-100 [overflow-wrap:anywhere] dark:bg-slate-50 dark:text-slate-900">
            {/* Code stays dark in dark mode: the palette mirror would turn slate-900 light, so dark mode asks for the mirrored pair. */}
            <code>{current.text}</code>
          </pre>
        )}
      </div>
    </div>
  );
}
