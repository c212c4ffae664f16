/**
 * The caller's network address for rate limiting only: the first hop of X-Forwarded-For (set by the
 * proxy in front of the app), else X-Real-IP. It is never stored with a concern; the rate-limit table keys
 * it by an HMAC.
 */
export function clientAddress(headers: Headers): string {
  const forwarded = headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return (forwarded || headers.get('x-real-ip')?.trim() || 'unknown').slice(0, 100);
}
