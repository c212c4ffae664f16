// The network address a request came from, for throttling only (never stored: the rate-limit table keys it
// by an HMAC). The front server (scripts/lib/front-server.ts) sets CLIENT_ADDRESS_HEADER on every request
// from the socket's peer and TRUSTED_PROXY_HOPS, after deleting any copy the client sent; the app reads only
// that header. No 'server-only' here: the front server runs outside React's server condition.
import type { IncomingMessage } from 'node:http';
import { isIPv6 } from 'node:net';

export const CLIENT_ADDRESS_HEADER = 'x-client-address';

/**
 * The caller's address as the front server saw it. Without the header (a server action called directly
 * by a test or a script, never a request from outside: the front server always sets it) every caller
 * shares the one bucket 'unknown', so a missing header can only make limits stricter, never looser.
 */
export function clientAddress(headers: Headers): string {
  return headers.get(CLIENT_ADDRESS_HEADER)?.trim().slice(0, 64) || 'unknown';
}

/**
 * The client's address from the socket peer and X-Forwarded-For. With no trusted proxy the peer is the
 * client. Each trusted proxy appends the address it was connected from, so with N trusted hops the
 * client is the Nth entry from the right; entries further left were written by the client and ignored.
 * For example: nginx in front (proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for) is 1 hop; a
 * cloud load balancer that appends the client's address (AWS ALB, Azure Application Gateway) is 1 hop, and
 * 2 with nginx behind it. A count too high lets clients choose their address; too low lumps them together.
 */
export function addressFromHops(
  peer: string | undefined,
  forwardedFor: string | undefined,
  trustedHops: number,
): string {
  const entries = (forwardedFor ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than trusted proxies means the request skipped one (a bypass or a misconfiguration): no
  // entry is then known to be the client's, so every such request shares the nearest proxy's bucket.
  const chosen =
    trustedHops > 0 && entries.length >= trustedHops ? entries[entries.length - trustedHops] : peer;
  return throttleKey(chosen ?? '');
}

/** IPv4 as it is; IPv6 by its /64, which one household or one server typically holds whole. */
export function throttleKey(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(bare);
  if (mapped) return mapped[1] as string;
  if (!isIPv6(bare)) return bare.slice(0, 64) || 'unknown';
  const [head = '', tail] = bare.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

/** Replaces whatever the client sent in CLIENT_ADDRESS_HEADER with the address the front server trusts. */
export function stampClientAddress(request: IncomingMessage, trustedHops: number): void {
  const forwarded = request.headers['x-forwarded-for'];
  request.headers[CLIENT_ADDRESS_HEADER] = addressFromHops(
    request.socket.remoteAddress,
    Array.isArray(forwarded) ? forwarded.join(',') : forwarded,
    trustedHops,
  );
}
