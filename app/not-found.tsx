import Link from "next/link";
import { connection } from "next/server";
import { buttonVariants } from "@/components/ui/button";

export default async function NotFound() {
  // Rendered per request so the Content-Security-Policy nonce reaches its scripts.
  await connection();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <p className="font-mono text-sm font-medium text-teal-800">404</p>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">This page does not exist</h1>
      <p className="text-slate-700">
        The link may be mistyped, or it pointed to an upload or scan that has expired: they are kept for 24 hours. Start
        a new diagnosis, or open the demo account.
      </p>
      <div className="flex justify-center gap-3">
        <Link href="/" className={buttonVariants()}>
          New diagnosis
        </Link>
        <Link href="/diagnose/demo" className={buttonVariants({ variant: "secondary" })}>
          Demo account
        </Link>
      </div>
    </div>
  );
}
