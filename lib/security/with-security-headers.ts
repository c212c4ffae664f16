import 'server-only';
import { getEnv } from '@/lib/env';
import { NO_CONTENT_POLICY, securityHeaders } from './security-headers';

/**
 * The security headers for a route handler that proxy.ts does not run for (the school import upload, kept
 * out of it so large files are not cut short). Its answers are redirects and plain text, never HTML.
 */
export function withSecurityHeaders(response: Response): Response {
  const headers = securityHeaders({ nonce: '', https: getEnv().APP_URL.startsWith('https://') });
  headers['Content-Security-Policy'] = NO_CONTENT_POLICY;
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}
