import Link from "next/link";
import { displayName } from "@/lib/text/display-text";
import { ChevronRightIcon } from "../ui/icons";

/** Breadcrumb from the overview down to a region or an API page; the last entry is the page itself. */
export function PlaceCrumbs({ trail }: { trail: { label: string; href?: string; mono?: boolean }[] }) {
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex flex-wrap items-center gap-1 text-sm text-slate-600">
        {trail.map((crumb, i) => (
          <li key={i} className="flex items-center gap-1">
            {i > 0 && <ChevronRightIcon className="size-3.5" />}
            {crumb.href ? (
              <Link
                href={crumb.href}
                className={`font-medium text-teal-800 hover:underline ${crumb.mono ? "font-mono" : ""}`}
              >
                {displayName(crumb.label, 60)}
              </Link>
            ) : (
              <span aria-current="page" className={`font-medium text-slate-800 ${crumb.mono ? "font-mono" : ""}`}>
                {displayName(crumb.label, 60)}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
