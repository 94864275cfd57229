import { validateCapture } from "../capture/parse-capture";
import type { Capture } from "../capture/schema";
import demoJson from "../../fixtures/demo-account.capture.json";

let demo: Capture | null = null;

/** The built-in demo account (fixtures/demo-account.capture.json), validated like any upload. */
export function demoCapture(): Capture {
  if (demo) return demo;
  const parsed = validateCapture(demoJson);
  if (!parsed.ok) throw new Error(`the demo capture is invalid: ${parsed.error}`);
  demo = parsed.capture;
  return demo;
}
