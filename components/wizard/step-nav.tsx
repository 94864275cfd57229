import Link from "next/link";
import { ChevronLeftIcon, ChevronRightIcon } from "../ui/icons";
import { buttonVariants } from "../ui/button";

export interface StepLink {
  href: string;
  label: string;
}

/** Back and next; the last step's next goes to the stage summary with the root cause. */
export function StepNav({ back, next }: { back: StepLink; next: StepLink }) {
  return (
    <nav
      aria-label="Step navigation"
      className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-6"
    >
      <Link href={back.href} rel="prev" className={buttonVariants({ variant: "secondary" })}>
        <ChevronLeftIcon />
        {back.label}
      </Link>
      <Link href={next.href} rel="next" className={buttonVariants({ variant: "primary" })}>
        {next.label}
        <ChevronRightIcon />
      </Link>
    </nav>
  );
}
