import 'server-only';
import { headers } from 'next/headers';

/**
 * This request's CSP nonce, which proxy.ts puts in the request's Content-Security-Policy header (Next.js
 * reads it from there for its own scripts). For a <style> of our own: the CSP allows no inline style
 * attribute in production, only a <style> carrying the nonce.
 */
export async function requestNonce(): Promise<string | undefined> {
  const csp = (await headers()).get('content-security-policy') ?? '';
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(csp)?.[1];
}
