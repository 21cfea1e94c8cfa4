import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The database driver and Prisma's WebAssembly query compiler load at run
  // time from node_modules rather than through the bundler.
  serverExternalPackages: ["pg", "@prisma/client", "@prisma/adapter-pg"],
  poweredByHeader: false,
};

export default nextConfig;
