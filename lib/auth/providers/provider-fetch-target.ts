import 'server-only';
import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Where the server may fetch a provider's discovery document from (server-side request forgery): the
// address is typed by an administrator, so it must not reach this machine or the network behind it.
// https only; http and loopback only outside production, for a provider run on this machine in tests.

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

const INTERNAL = new BlockList();
for (const [net, bits] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // cloud metadata services live here
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  INTERNAL.addSubnet(net, bits, 'ipv4');
for (const [net, bits] of [
  ['::', 127],
  ['fc00::', 7],
  ['fe80::', 10],
] as const)
  // (BlockList already checks an IPv4-mapped IPv6 address, ::ffff:127.0.0.1, against the IPv4 rules.)
  INTERNAL.addSubnet(net, bits, 'ipv6');

/** Whether an IP address is this machine's or a private network's. */
function isInternal(address: string): boolean {
  const family = isIP(address);
  return family === 0 || INTERNAL.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * The URL the server may fetch, or null. Outside production a loopback address over http is allowed;
 * in production only https to a name that resolves to public addresses only.
 */
export async function providerFetchTarget(raw: string, production: boolean): Promise<URL | null> {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.username || url.password) return null;
  const loopback = LOOPBACK_HOSTS.has(url.hostname);
  if (!production && loopback) return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  if (url.protocol !== 'https:') return null;
  if (!production) return url;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host)
    ? [host]
    : await lookup(host, { all: true }).then(
        (found) => found.map((a) => a.address),
        () => [],
      );
  return addresses.length > 0 && !addresses.some(isInternal) ? url : null;
}
