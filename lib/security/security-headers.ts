// The response headers every request gets, built in one place so a unit test can check them and proxy.ts
// can apply them. Used by proxy.ts, so no 'server-only' and no database.

/** A fresh, unguessable nonce for one response's scripts (128 bits, base64). */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Buffer.from(bytes).toString('base64');
}

/**
 * A strict CSP: scripts run only with this response's nonce (Next.js reads it from the request's CSP header
 * and puts it on its own scripts; 'strict-dynamic' lets those load their chunks). Styles and images come
 * only from this site (QR codes are data: images). No plugins, no <base>, no framing, forms post here.
 *
 * `development` is for `next dev` only (never a build): React's development build uses eval for its
 * debugging aids and Next's dev server injects CSS as inline styles without the nonce, so both are allowed
 * there and the browser console stays free of false alarms. A nonce in style-src would make browsers ignore
 * 'unsafe-inline', so it is left out. Production keeps the strict policy; the CSP sweep tests the build.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ''}`,
    development ? "style-src 'self' 'unsafe-inline'" : `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** For responses that are never HTML (a route outside proxy.ts): nothing may run or load at all. */
export const NO_CONTENT_POLICY =
  "default-src 'none'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/** Two years, the HSTS preload list's minimum; only ever sent when the public address is https. */
export const HSTS = 'max-age=63072000; includeSubDomains';

export interface SecurityHeaderOptions {
  nonce: string;
  /** APP_URL is https: only then may the browser be told to refuse plain http for this host. */
  https: boolean;
  /** Running under `next dev` (see contentSecurityPolicy). */
  development?: boolean;
}

/**
 * Every response's security headers. Referrer-Policy is no-referrer; a page holding a form that posts
 * narrows it to same-origin with a <meta> (components/forms/form-referrer-policy.tsx), because under
 * no-referrer browsers send "Origin: null" on a form posted without JavaScript, which must be refused.
 */
export function securityHeaders({
  nonce,
  https,
  development = false,
}: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(nonce, { development }),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    // Personal data may be on any page (every page is rendered per request): nothing is kept in a cache.
    'Cache-Control': 'no-store',
  };
  if (https) headers['Strict-Transport-Security'] = HSTS;
  return headers;
}

/**
 * A POST from another site is refused before anything runs. Next.js refuses such server actions itself, but
 * route handlers would not, and a refusal here is a plain 403. Browsers say where a request came from in
 * Sec-Fetch-Site (pages cannot set it); without it, the Origin must be this host. The opaque "null" origin
 * is refused too. A POST with neither header is not a browser's cross-site request (browsers send Origin
 * on every POST), so it goes on to the page's or action's own checks.
 */
export function isCrossOriginPost(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD' || request.method === 'OPTIONS') return false;
  const fetchSite = request.headers.get('sec-fetch-site');
  if (fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none') return true;
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (origin === 'null' || !host) return true;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * Whether a GET is the app's own navigation (a link or form on one of its pages), which a browser marks
 * Sec-Fetch-Site: same-origin and no other site can forge. A link from another site, an email, a bookmark
 * or a typed address is not, nor is a router prefetch: those may show a page but must not act for the user.
 */
export function isOwnNavigation(headers: Headers): boolean {
  return headers.get('sec-fetch-site') === 'same-origin' && headers.get('next-router-prefetch') === null;
}
