"use client";

import { useState } from "react";
import { cn } from "./cn";

/** A dashed area that takes dropped files and highlights while something is dragged over it. */
export function DropZone({
  onFiles,
  className,
  children,
  ...props
}: { onFiles: (files: File[]) => void } & Omit<React.ComponentProps<"div">, "onDrop">) {
  const [dragging, setDragging] = useState(false);
  return (
    <div
      {...props}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragging(false);
        if (e.dataTransfer.files.length > 0) onFiles([...e.dataTransfer.files]);
      }}
      className={cn(
        "flex flex-col items-center gap-3 rounded-xl border-2 border-dashed px-6 text-center transition-colors",
        dragging ? "border-teal-700 bg-teal-50" : "border-slate-300 bg-slate-50",
        className,
      )}
    >
      {children}
    </div>
  );
}
