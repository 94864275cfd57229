"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

// The stage whose step was shown last in this document: a step that follows another step of the same stage was
// reached by Next/Back (or the arrow keys) and gets the focus; a step opened fresh keeps the browser's own focus.
let lastStage: string | undefined;

function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  // The fix tabs use the arrow keys themselves.
  return target.isContentEditable || target.closest("input, select, textarea, [role=tablist]") !== null;
}

/** ←/→ move between the steps of a stage; after a move, focus goes to the new step's heading for screen readers. */
export function StepKeys({
  stage,
  step,
  backHref,
  nextHref,
}: {
  stage: string;
  step: string;
  backHref: string;
  nextHref: string;
}) {
  const router = useRouter();

  useEffect(() => {
    if (lastStage === stage) document.getElementById("step-title")?.focus();
    lastStage = stage;
  }, [stage, step]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== "ArrowLeft" && event.key !== "ArrowRight") return;
      if (typingIn(event.target)) return;
      event.preventDefault();
      router.push(event.key === "ArrowLeft" ? backHref : nextHref);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [router, backHref, nextHref]);

  return null;
}
