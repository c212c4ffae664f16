import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  HSTS,
  isCrossOriginPost,
  isOwnNavigation,
  newNonce,
  securityHeaders,
} from '@/lib/security/security-headers';

const directives = (csp: string) =>
  Object.fromEntries(
    csp.split(';').map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name, values.join(' ')];
    }),
  );

describe('security headers', () => {
  it('gives every response a new, unguessable nonce', () => {
    const nonces = new Set(Array.from({ length: 1000 }, newNonce));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });

  it('allows scripts only with the nonce, and no plugins, <base>, framing or forms elsewhere', () => {
    const csp = directives(contentSecurityPolicy('abc123'));
    expect(csp['script-src']).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(csp['script-src']).not.toContain('unsafe');
    expect(csp['style-src']).not.toContain('unsafe');
    expect(csp['object-src']).toBe("'none'");
    expect(csp['base-uri']).toBe("'none'");
    expect(csp['frame-ancestors']).toBe("'none'");
    expect(csp['default-src']).toBe("'self'");
    expect(csp['form-action']).toBe("'self'");
    expect(csp['img-src']).toBe("'self' data:");
  });

  it('relaxes only eval and inline styles, and only under next dev', () => {
    const dev = directives(contentSecurityPolicy('abc123', { development: true }));
    expect(dev['script-src']).toBe("'self' 'nonce-abc123' 'strict-dynamic' 'unsafe-eval'");
    // With a nonce present browsers ignore 'unsafe-inline', so the dev policy has none for styles.
    expect(dev['style-src']).toBe("'self' 'unsafe-inline'");
    const strict = directives(contentSecurityPolicy('abc123'));
    for (const name of Object.keys(strict).filter((n) => n !== 'script-src' && n !== 'style-src'))
      expect(dev[name]).toBe(strict[name]);
    expect(securityHeaders({ nonce: 'n', https: false })['Content-Security-Policy']).not.toContain('unsafe');
    expect(
      securityHeaders({ nonce: 'n', https: false, development: true })['Content-Security-Policy'],
    ).toContain("'unsafe-eval'");
  });

  it('sends HSTS only when the public address is https', () => {
    expect(securityHeaders({ nonce: 'n', https: true })['Strict-Transport-Security']).toBe(HSTS);
    expect(HSTS).toMatch(/max-age=(\d+)/);
    expect(Number(/max-age=(\d+)/.exec(HSTS)?.[1])).toBeGreaterThanOrEqual(31_536_000);
    expect(securityHeaders({ nonce: 'n', https: false })).not.toHaveProperty('Strict-Transport-Security');
  });

  it('sets nosniff, no referrer, no framing and no caching on every response', () => {
    const headers = securityHeaders({ nonce: 'n', https: false });
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('no-referrer');
    expect(headers['X-Frame-Options']).toBe('DENY');
    expect(headers['Cache-Control']).toBe('no-store');
    expect(headers['Content-Security-Policy']).toContain("'nonce-n'");
  });
});

describe('cross-site POSTs', () => {
  const post = (headers: Record<string, string>, method = 'POST') =>
    new Request('http://app.example/check', { method, headers: { host: 'app.example', ...headers } });

  it('refuses a POST from another site, by Sec-Fetch-Site or by Origin', () => {
    expect(isCrossOriginPost(post({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isCrossOriginPost(post({ 'sec-fetch-site': 'same-site' }))).toBe(true);
    expect(isCrossOriginPost(post({ origin: 'https://evil.example' }))).toBe(true);
    expect(isCrossOriginPost(post({ origin: 'null' }))).toBe(true);
    expect(isCrossOriginPost(post({ origin: 'not a url' }))).toBe(true);
    expect(isCrossOriginPost(post({ origin: 'http://app.example', 'sec-fetch-site': 'cross-site' }))).toBe(
      true,
    );
  });

  it('lets this site’s own POSTs, reads and Origin-less requests through to their own checks', () => {
    expect(isCrossOriginPost(post({ origin: 'http://app.example', 'sec-fetch-site': 'same-origin' }))).toBe(
      false,
    );
    expect(isCrossOriginPost(post({ origin: 'http://app.example' }))).toBe(false);
    expect(isCrossOriginPost(post({}))).toBe(false);
    expect(isCrossOriginPost(post({ origin: 'https://evil.example' }, 'GET'))).toBe(false);
  });

  it('counts only the app’s own navigation, not a link from elsewhere or a prefetch, as opening a page', () => {
    const from = (h: Record<string, string>) => isOwnNavigation(new Headers(h));
    expect(from({ 'sec-fetch-site': 'same-origin' })).toBe(true);
    expect(from({ 'sec-fetch-site': 'cross-site' })).toBe(false);
    expect(from({ 'sec-fetch-site': 'same-site' })).toBe(false);
    expect(from({ 'sec-fetch-site': 'none' })).toBe(false);
    expect(from({})).toBe(false);
    expect(from({ 'sec-fetch-site': 'same-origin', 'next-router-prefetch': '1' })).toBe(false);
  });
});
