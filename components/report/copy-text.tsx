"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No clipboard permission (or not a secure context): a selection copy still works in most browsers.
    const area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "fixed top-0 -left-[9999px]";
    document.body.append(area);
    area.select();
    const ok = document.execCommand("copy");
    area.remove();
    return ok;
  }
}

/** Copies `text` (or, with `currentUrl`, the page's own address); `label` says what for screen readers. */
export function CopyText({ text, currentUrl, label, children }: { text?: string; currentUrl?: boolean; label: string; children?: React.ReactNode }) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <Button
      variant="secondary"
      size="sm"
      aria-label={label}
      className="print:hidden"
      onClick={async () => {
        const ok = await copy(currentUrl ? window.location.href : (text ?? ""));
        setState(ok ? "copied" : "failed");
        setTimeout(() => setState("idle"), 2000);
      }}
    >
      <span aria-live="polite">{state === "copied" ? "Copied" : state === "failed" ? "Copy failed" : (children ?? "Copy")}</span>
    </Button>
  );
}
