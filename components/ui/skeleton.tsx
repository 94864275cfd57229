import { cn } from "./cn";

/** Grey placeholders with the shape of what is loading; announced once as busy. */
export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={cn("animate-pulse rounded-lg bg-slate-200/70", className)} />;
}

export function LoadingShell({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div role="status" aria-live="polite" aria-busy="true" className="space-y-8">
      <span className="sr-only">{label}</span>
      {children}
    </div>
  );
}
