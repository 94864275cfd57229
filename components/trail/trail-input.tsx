"use client";

import { useId, useRef, useState } from "react";
import { UploadIcon } from "@/components/ui/icons";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { DropZone } from "@/components/ui/drop-zone";

/** Where records come in: files (picked or dropped, several at once) or pasted text. Nothing leaves the tab. */
export function TrailInput({
  onFiles,
  onPaste,
}: {
  onFiles: (files: File[]) => void;
  onPaste: (text: string) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState("");
  const hintId = useId();
  const pasteHintId = useId();

  return (
    <Card className="grid gap-5 p-5 sm:p-6 lg:grid-cols-2">
      <DropZone onFiles={onFiles} className="justify-center py-8">
        <UploadIcon className="size-8 text-slate-500" />
        <p className="font-medium text-slate-900">Drop CloudTrail files here</p>
        <p id={hintId} className="max-w-sm text-sm text-slate-600">
          S3 log files (<code className="font-mono">.json</code> or <code className="font-mono">.json.gz</code>), a
          saved event, <code className="font-mono whitespace-nowrap">aws cloudtrail lookup-events</code> output, or
          records copied from AWS&apos;s guides. Several at once is fine.
        </p>
        <input
          ref={input}
          id="trail-files"
          type="file"
          multiple
          className="sr-only"
          aria-describedby={hintId}
          onChange={(e) => {
            if (e.target.files?.length) onFiles([...e.target.files]);
            e.target.value = "";
          }}
        />
        <label htmlFor="trail-files" className="sr-only">
          CloudTrail files
        </label>
        <Button variant="secondary" onClick={() => input.current?.click()} aria-controls="trail-files">
          Choose files
        </Button>
      </DropZone>
      <form
        className="flex flex-col gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) onPaste(text);
          setText("");
        }}
      >
        <label htmlFor="trail-paste" className="text-sm font-medium text-slate-900">
          Or paste records
        </label>
        <textarea
          id="trail-paste"
          value={text}
          onChange={(e) => setText(e.target.value)}
          aria-describedby={pasteHintId}
          spellCheck={false}
          rows={7}
          placeholder={'{"Records": [ … ]}  or  {"Events": [ … ]}  or one event'}
          className="min-h-36 flex-1 resize-y rounded-lg border border-slate-300 bg-white px-3 py-2 font-mono text-[13px] text-slate-900 shadow-sm placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-teal-700"
        />
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p id={pasteHintId} className="text-xs text-slate-600">
            Read in this tab only: nothing is uploaded.
          </p>
          <Button type="submit" disabled={!text.trim()}>
            Explain pasted records
          </Button>
        </div>
      </form>
    </Card>
  );
}
