import Link from "next/link";
import { LogoMark } from "../ui/icons";
import { UserMenu } from "./user-menu";

export function SiteHeader() {
  return (
    <header className="group/header border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-6xl items-center justify-between gap-4 px-4 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2.5 rounded-md font-semibold tracking-tight text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-4 focus-visible:outline-teal-700"
        >
          <LogoMark />
          {/* A signed-in phone also shows Sign out: the mark alone leaves it room (the link's name stays). */}
          <span className="whitespace-nowrap max-sm:group-has-[form]/header:sr-only">Log Doctor</span>
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1">
          <Link
            href="/trail"
            className="rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap sm:px-3 text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700"
          >
            {/* The short word keeps the logo on one line on phones. */}
            <span className="sm:hidden">CloudTrail</span>
            <span className="hidden sm:inline">CloudTrail explainer</span>
          </Link>
          <Link
            href="/"
            className="rounded-md px-2 py-1.5 text-sm font-medium whitespace-nowrap text-slate-700 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-teal-700 sm:px-3"
          >
            {/* "New" on phones, where "New diagnosis" broke over two lines; screen readers hear the whole name. */}
            New<span className="sr-only sm:not-sr-only"> diagnosis</span>
          </Link>
          <UserMenu />
        </nav>
      </div>
    </header>
  );
}
