import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Log Doctor", template: "%s · Log Doctor" },
  description: "Why are my API Gateway logs missing? Log Doctor finds out and tells you how to fix it.",
};

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 font-sans text-slate-900 antialiased">{children}</body>
    </html>
  );
}
