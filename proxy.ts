// Runs before every request. It gives each request an id for the logs, a fresh CSP nonce and the security
// headers (lib/security/security-headers.ts), and refuses cross-site, oversized and unreadable POSTs with a
// page in the parent's language (lib/security/refusal-page.ts). It is not the access-control boundary:
// every page, action and route checks the session itself (lib/auth).
import { NextResponse, type NextRequest } from 'next/server';
import { getEnv } from '@/lib/env';
import { PAGE_PATH_HEADER } from '@/lib/i18n/page-path';
import { refusalLocale, refusalWords } from '@/lib/i18n/refusal-words';
import { isMalformedPost, malformedPostResponse } from '@/lib/security/malformed-post';
import { isOversizedPost, oversizedPostResponse } from '@/lib/security/oversized-post';
import { crossOriginPostResponse, type RefusalContext } from '@/lib/security/refusal-page';
import {
  contentSecurityPolicy,
  isCrossOriginPost,
  newNonce,
  securityHeaders,
} from '@/lib/security/security-headers';

export async function proxy(request: NextRequest) {
  // Keep an id from a load balancer if it is well-formed; never log arbitrary client text.
  const incoming = request.headers.get('x-request-id');
  const requestId = incoming && /^[A-Za-z0-9-]{8,64}$/.test(incoming) ? incoming : crypto.randomUUID();
  const nonce = newNonce();
  const env = getEnv();
  const development = env.NODE_ENV === 'development';
  const https = env.APP_URL.startsWith('https://');
  const secure = securityHeaders({ nonce, https, development });
  const response = await answer(request, {
    requestId,
    nonce,
    csp: contentSecurityPolicy(nonce, { development }),
    https,
  });
  for (const [name, value] of Object.entries(secure)) response.headers.set(name, value);
  response.headers.set('x-request-id', requestId);
  return response;
}

async function answer(
  request: NextRequest,
  { requestId, nonce, csp, https }: { requestId: string; nonce: string; csp: string; https: boolean },
): Promise<Response> {
  // The refusal's language is worked out only for a refused POST: a cookie read, no database.
  const refusal = (): RefusalContext => ({
    requestId,
    nonce,
    words: refusalWords(refusalLocale(request, https)),
  });
  if (isCrossOriginPost(request)) return crossOriginPostResponse(request, refusal());
  if (isOversizedPost(request)) return oversizedPostResponse(request, refusal());
  if (await isMalformedPost(request)) return malformedPostResponse(request, refusal());
  // Next.js reads the nonce from the request's CSP header and puts it on every script it renders.
  const headers = new Headers(request.headers);
  headers.set('x-request-id', requestId);
  headers.set('content-security-policy', csp);
  // The page's own path, for the language chooser to come back to (components/language-chooser.tsx).
  headers.set(PAGE_PATH_HEADER, request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Not the two file uploads: while a proxy runs, Next buffers each request body and cuts it at 10 MB
  // (proxyClientMaxBodySize), which would truncate a large GIAS file, and this proxy refuses any POST over
  // 100 KB, more than a catalogue in Bengali or Punjabi may grow to. Each route caps its own size and
  // checks its own Origin and headers (app/admin/schools/import/upload/route.ts,
  // app/admin/branding/catalogue-upload/route.ts).
  matcher: [
    '/((?!_next/static|_next/image|assets/|favicon.ico|admin/schools/import/upload|admin/branding/catalogue-upload).*)',
  ],
};
