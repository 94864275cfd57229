"use client";

import Link from "next/link";
import { Button, buttonVariants } from "@/components/ui/button";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">Something went wrong</h1>
      <p className="text-slate-700">
        Log Doctor could not show this page. Try again; if it keeps failing, start a new diagnosis.
      </p>
      {error.digest && <p className="font-mono text-xs text-slate-600">Reference: {error.digest}</p>}
      <div className="flex justify-center gap-3">
        <Button onClick={reset}>Try again</Button>
        <Link href="/" className={buttonVariants({ variant: "secondary" })}>
          New diagnosis
        </Link>
      </div>
    </div>
  );
}
