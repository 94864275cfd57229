import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The CLI and the engine share code with the app; nothing here may reach the network at build time.
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
