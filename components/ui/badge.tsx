import { cva, type VariantProps } from "class-variance-authority";
import { cn } from "./cn";

export const badgeVariants = cva(
  "inline-flex max-w-full shrink-0 items-center gap-1 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-inset",
  {
    variants: {
      tone: {
        red: "bg-red-50 text-red-800 ring-red-200",
        amber: "bg-amber-50 text-amber-900 ring-amber-300",
        violet: "bg-violet-50 text-violet-800 ring-violet-200",
        sky: "bg-sky-50 text-sky-800 ring-sky-200",
        green: "bg-emerald-50 text-emerald-800 ring-emerald-200",
        slate: "bg-slate-100 text-slate-700 ring-slate-200",
        outline: "bg-white text-slate-700 ring-slate-300",
      },
      size: { sm: "", md: "px-2.5 py-1 text-sm" },
    },
    defaultVariants: { tone: "slate", size: "sm" },
  },
);

export type BadgeTone = NonNullable<VariantProps<typeof badgeVariants>["tone"]>;

export function Badge({
  className,
  tone,
  size,
  ...props
}: React.ComponentProps<"span"> & VariantProps<typeof badgeVariants>) {
  return <span className={cn(badgeVariants({ tone, size }), className)} {...props} />;
}
