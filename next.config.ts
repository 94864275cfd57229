import type { NextConfig } from "next";

/** Links to reports and runbooks are capabilities: never indexed, never leaked in a Referer, never cached by a proxy. */
const capabilityHeaders = [
  { key: "X-Robots-Tag", value: "noindex, nofollow" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "Cache-Control", value: "private, no-store" },
];

const nextConfig: NextConfig = {
  // The CLI and the engine share code with the app; nothing here may reach the network at build time.
  poweredByHeader: false,
  typedRoutes: false,
  async rewrites() {
    return [
      // Only an id of the exact shape reaches the export route; anything else falls through to the page, which 404s.
      { source: "/reports/:id([A-Za-z0-9_-]{22}).:format(md|json|html)", destination: "/api/reports/:id/:format" },
    ];
  },
  async headers() {
    return [
      { source: "/reports/:path*", headers: capabilityHeaders },
      { source: "/runbook/:path*", headers: capabilityHeaders },
      { source: "/api/reports/:path*", headers: capabilityHeaders },
    ];
  },
};

export default nextConfig;
