"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { UploadIcon } from "../ui/icons";
import { Button } from "../ui/button";
import { DropZone } from "../ui/drop-zone";

type State =
  | { kind: "idle" }
  | { kind: "busy"; name: string }
  | { kind: "error"; name: string; message: string; cloudTrail?: boolean };

/** Drop or pick a capture file; the server validates it, and any problem is shown here while the page stays usable. */
export function UploadPanel({ maxBytes }: { maxBytes: number }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ kind: "idle" });
  const hintId = useId();

  async function upload(file: File) {
    if (file.size === 0) return setState({ kind: "error", name: file.name, message: "The file is empty." });
    if (file.size > maxBytes) {
      return setState({
        kind: "error",
        name: file.name,
        message: `The file is too large (${(file.size / 1024 / 1024).toFixed(1)} MB): captures can be at most ${maxBytes / 1024 / 1024} MB.`,
      });
    }
    setState({ kind: "busy", name: file.name });
    try {
      const response = await fetch("/api/sources", {
        method: "POST",
        body: file,
        headers: { "content-type": "application/json", "x-capture-name": encodeURIComponent(file.name) },
      });
      const body = (await response.json()) as { href?: string; error?: string; cloudTrail?: boolean };
      if (response.ok && body.href) return router.push(body.href);
      setState({
        kind: "error",
        name: file.name,
        message: body.error ?? `The server answered ${response.status}.`,
        cloudTrail: body.cloudTrail,
      });
    } catch {
      setState({
        kind: "error",
        name: file.name,
        message: "The upload did not reach the server. Check that Log Doctor is still running and try again.",
      });
    } finally {
      if (input.current) input.current.value = "";
    }
  }

  return (
    <div className="space-y-4">
      <DropZone onFiles={(files) => void upload(files[0])} className="py-10" aria-busy={state.kind === "busy"}>
        <UploadIcon className="size-8 text-slate-500" />
        <p className="font-medium text-slate-900">Drop a capture file here</p>
        <p id={hintId} className="max-w-md text-sm text-slate-600">
          A <code className="font-mono">log-doctor/capture</code> JSON file, up to {maxBytes / 1024 / 1024} MB. Make one
          with <code className="font-mono whitespace-nowrap">npx log-doctor collect --out capture.json</code>.
        </p>
        <input
          ref={input}
          id="capture-file"
          type="file"
          accept=".json,application/json"
          className="sr-only"
          aria-describedby={hintId}
          onChange={(e) => e.target.files?.[0] && void upload(e.target.files[0])}
        />
        <Button
          variant="secondary"
          onClick={() => input.current?.click()}
          disabled={state.kind === "busy"}
          aria-controls="capture-file"
        >
          {state.kind === "busy" ? `Checking ${state.name}…` : "Choose a file"}
        </Button>
        <label htmlFor="capture-file" className="sr-only">
          Capture file
        </label>
      </DropZone>
      {state.kind === "error" && (
        <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p className="font-semibold [overflow-wrap:anywhere]">
            {state.name ? `“${state.name}” cannot be diagnosed` : "This file cannot be diagnosed"}
          </p>
          <p className="mt-1 [overflow-wrap:anywhere]">{state.message}</p>
          {state.cloudTrail ? (
            <p className="mt-2">
              <Link href="/trail" className="font-semibold text-red-900 underline underline-offset-2">
                Open the CloudTrail explainer
              </Link>
            </p>
          ) : (
            <p className="mt-2 text-red-800">
              Choose another file, or open the demo account to see what Log Doctor shows.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
