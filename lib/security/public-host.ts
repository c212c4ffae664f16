// The host name a public request was made to, which decides the partnership its pages serve
// (lib/partnerships/get-public-partnership.ts). The front server (scripts/serve.ts) sets PUBLIC_HOST_HEADER
// on every request, after deleting any copy the client sent: from X-Forwarded-Host only when a trusted
// proxy is in front (TRUSTED_PROXY_HOPS, the same rule as the client's address in client-address.ts),
// otherwise from Host. No 'server-only' here: the front server runs outside React's server condition.
import type { IncomingMessage } from 'node:http';

export const PUBLIC_HOST_HEADER = 'x-public-host';

/** A DNS name or an IPv4 address: labels of letters, digits and inner hyphens, 253 characters at most. */
const HOST_NAME = /^(?=.{1,253}$)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$/;

/**
 * A Host value as the database stores host names: lower case, no port, no trailing dot. Null for anything
 * else (empty, two hosts, an IPv6 literal, a path, spaces, over-long), which the app treats as an
 * unknown host.
 */
export function normaliseHost(value: string | null | undefined): string | null {
  if (!value || value.length > 300) return null;
  const host = value
    .trim()
    .toLowerCase()
    .replace(/:\d{1,5}$/, '')
    .replace(/\.$/, '');
  return HOST_NAME.test(host) ? host : null;
}

/**
 * The host the client asked for. With no trusted proxy the client connects to us and Host is theirs to
 * say (it only picks which public site they see); X-Forwarded-Host is then the client's own text and is
 * ignored. Behind trusted proxies the nearest one's X-Forwarded-Host entry (the last) is used.
 */
export function publicHost(
  host: string | undefined,
  forwardedHost: string | undefined,
  trustedHops: number,
): string | null {
  if (trustedHops > 0 && forwardedHost) return normaliseHost(forwardedHost.split(',').at(-1));
  return normaliseHost(host);
}

/** Replaces whatever the client sent in PUBLIC_HOST_HEADER with the host the front server trusts ('' for none). */
export function stampPublicHost(request: IncomingMessage, trustedHops: number): void {
  const forwarded = request.headers['x-forwarded-host'];
  request.headers[PUBLIC_HOST_HEADER] =
    publicHost(
      request.headers.host,
      Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
      trustedHops,
    ) ?? '';
}
