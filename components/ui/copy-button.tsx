"use client";

import { useState } from "react";
import { CheckIcon, CopyIcon } from "./icons";
import { Button } from "./button";

async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Clipboard API refused (permissions, or not a secure context): fall back to a selection copy.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "fixed -left-[9999px] top-0";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

interface CopyButtonProps {
  /** What to copy; omit it with `currentUrl` to copy the page's own address. */
  text?: string;
  currentUrl?: boolean;
  /** Names what is copied for screen readers ("Copy AWS CLI commands"). */
  label: string;
  /** The idle caption (default "Copy"). */
  children?: React.ReactNode;
  className?: string;
}

export function CopyButton({ text, currentUrl, label, children, className }: CopyButtonProps) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <Button
      variant="secondary"
      size="sm"
      aria-label={label}
      className={className}
      onClick={async () => {
        setState((await copyText(currentUrl ? window.location.href : (text ?? ""))) ? "copied" : "failed");
        setTimeout(() => setState("idle"), 2000);
      }}
    >
      {state === "copied" ? <CheckIcon className="text-emerald-700" /> : <CopyIcon />}
      <span aria-live="polite">
        {state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : (children ?? "Copy")}
      </span>
    </Button>
  );
}
