import Link from "next/link";
import { connection } from "next/server";

export default async function ReportNotFound() {
  // Rendered per request so the Content-Security-Policy nonce reaches its scripts.
  await connection();
  return (
    <div className="mx-auto max-w-xl space-y-4 py-10 text-center">
      <p className="font-mono text-sm font-medium text-teal-800">404</p>
      <h1 className="text-2xl font-semibold tracking-tight text-slate-900">This report does not exist</h1>
      <p className="text-slate-700">
        The link may be mistyped or cut short, or the report has expired. Ask whoever shared it for a new link.
      </p>
      <Link href="/" className="font-medium text-teal-800 underline">
        Start a diagnosis
      </Link>
    </div>
  );
}
