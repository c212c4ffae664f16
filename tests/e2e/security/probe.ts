// One request of the access matrix and what came of it, in the matrix's words: "ok", "404", "sign-in",
// "→ /check" (a redirect elsewhere), "405", "403". Every response is also checked for the security headers
// and for case content that the person must not see.
import type { APIRequestContext, APIResponse } from '@playwright/test';

export type Outcome = string;

/** What the app answered, for the matrix table and the expectations. */
export function outcomeOf(response: APIResponse): Outcome {
  const status = response.status();
  const actionRedirect = response.headers()['x-action-redirect'];
  const location = actionRedirect?.split(';')[0] ?? response.headers()['location'];
  if (location && (status === 303 || status === 307 || status === 302 || status === 200)) {
    const path = new URL(location, 'http://app.invalid').pathname;
    return path === '/sign-in' ? 'sign-in' : `→ ${path}`;
  }
  if (status === 200) return 'ok';
  return String(status);
}

/** A link followed: a GET, redirects not followed. */
export function follow(request: APIRequestContext, path: string): Promise<APIResponse> {
  return request.get(path, { maxRedirects: 0 });
}

/**
 * A server action posted directly, as React's client sends it (Next-Action header; the arguments encoded
 * by React's encodeReply: each form field is sent as "_1_<name>", then field "0" holds [previous state,
 * a reference to that form data]).
 */
export function postAction(
  request: APIRequestContext,
  path: string,
  actionId: string,
  fields: Record<string, string>,
  origin?: string,
): Promise<APIResponse> {
  // The root "0" goes last, as React sends it: the server decodes the stream in order.
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(`_1_${name}`, value);
  multipart.append('0', JSON.stringify([{}, '$K1']));
  return request.post(path, {
    maxRedirects: 0,
    headers: { 'Next-Action': actionId, Accept: 'text/x-component', ...(origin ? { Origin: origin } : {}) },
    multipart,
  });
}

/** A route handler posted directly, as a plain form would. */
export function postRoute(
  request: APIRequestContext,
  path: string,
  fields: Record<string, string>,
  origin?: string,
): Promise<APIResponse> {
  return request.post(path, {
    maxRedirects: 0,
    headers: origin ? { Origin: origin } : {},
    multipart: fields,
  });
}

/** The security headers every response must carry (lib/security/security-headers.ts). */
export function headerProblems(response: APIResponse, https = false): string[] {
  const h = response.headers();
  const problems: string[] = [];
  const csp = h['content-security-policy'] ?? '';
  const nonce = /'nonce-([A-Za-z0-9+/=]{16,})'/.exec(csp)?.[1];
  const html = (h['content-type'] ?? '').includes('text/html');
  if (html && (!nonce || !csp.includes("'strict-dynamic'")))
    problems.push('CSP without nonce, strict-dynamic');
  for (const part of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"])
    if (!csp.includes(part)) problems.push(`CSP without ${part}`);
  if (h['x-content-type-options'] !== 'nosniff') problems.push('no nosniff');
  if (h['referrer-policy'] !== 'no-referrer') problems.push(`Referrer-Policy ${h['referrer-policy']}`);
  if (!/\bno-store\b/.test(h['cache-control'] ?? '')) problems.push(`Cache-Control ${h['cache-control']}`);
  if (https !== 'strict-transport-security' in h) problems.push('HSTS on http, or none on https');
  return problems;
}

/** Every nonce in a page's HTML must be the response's own: no script runs without it. */
export async function scriptNonceProblems(response: APIResponse): Promise<string[]> {
  if (!(response.headers()['content-type'] ?? '').includes('text/html')) return [];
  const nonce = /'nonce-([^']+)'/.exec(response.headers()['content-security-policy'] ?? '')?.[1];
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
  return scripts
    .filter((tag) => !tag.includes(`nonce="${nonce}"`))
    .map((tag) => `script without the nonce: ${tag.slice(0, 80)}`);
}

/**
 * Each page's referrer policy is the strictest its forms allow: no-referrer, unless it holds a form that
 * posts (which needs same-origin, or a browser without JavaScript sends "Origin: null" and is refused).
 */
export function referrerProblems(html: string): string[] {
  const policies = [...html.matchAll(/<meta name="referrer" content="([^"]+)"/g)].map((m) => m[1]);
  const effective = policies.at(-1) ?? 'no-referrer';
  const posts = /<form\b[^>]*method="post"/i.test(html);
  const wanted = posts ? 'same-origin' : 'no-referrer';
  return effective === wanted ? [] : [`referrer ${effective}, want ${wanted} (${posts ? 'a' : 'no'} form)`];
}
