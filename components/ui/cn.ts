import { clsx, type ClassValue } from "clsx";

// clsx only: tailwind-merge would add ~8 KB gzip to every page's first load, and the variants here are written so
// that no class passed in conflicts with one they set.
export function cn(...inputs: ClassValue[]): string {
  return clsx(inputs);
}
