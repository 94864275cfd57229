import Link from "next/link";
import { LogoMark } from "./icons";

export function SiteHeader() {
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link href="/" className="flex items-center gap-2.5 rounded-md font-semibold tracking-tight text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-teal-700">
          <LogoMark />
          <span>Log Doctor</span>
        </Link>
        <nav aria-label="Main">
          <Link href="/" className="rounded-md px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700">
            New diagnosis
          </Link>
        </nav>
      </div>
    </header>
  );
}
