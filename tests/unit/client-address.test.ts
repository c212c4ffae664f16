import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addressFromHops,
  clientAddress,
  stampClientAddress,
  throttleKey,
} from '@/lib/security/client-address';

// An attacker's requests, through a real socket: whatever X-Forwarded-For they send, the app must see one
// address (the socket's peer, 127.0.0.1 here), so a per-address limit holds.
let server: Server;
let url: string;

beforeAll(async () => {
  server = createServer((req, res) => {
    stampClientAddress(req, 0);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value);
    res.end(clientAddress(headers));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('the client address used for throttling', () => {
  it('does not change when a client rotates X-Forwarded-For', async () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i += 1) {
      const response = await fetch(url, {
        headers: {
          'x-forwarded-for': `198.51.100.${i}`,
          'x-real-ip': `203.0.113.${i}`,
          'x-client-address': `192.0.2.${i}`,
        },
      });
      seen.add(await response.text());
    }
    expect([...seen]).toEqual(['127.0.0.1']);
  });
});

describe('trusted proxy hops', () => {
  it('takes the entry the nearest trusted proxy appended, ignoring what the client wrote before it', () => {
    expect(addressFromHops('10.0.0.5', '6.6.6.6, 203.0.113.7', 1)).toBe('203.0.113.7');
    expect(addressFromHops('10.0.0.5', '6.6.6.6, 203.0.113.7, 10.0.0.9', 2)).toBe('203.0.113.7');
    expect(addressFromHops('10.0.0.5', '6.6.6.6', 0)).toBe('10.0.0.5');
    expect(addressFromHops('10.0.0.5', undefined, 1)).toBe('10.0.0.5');
  });

  it('uses the nearest proxy (one shared, strict bucket) when the chain is shorter than the trusted hops', () => {
    // Fewer entries than trusted proxies: the request skipped one, so no entry is known to be the client's.
    expect(addressFromHops('10.0.0.5', '6.6.6.6', 2)).toBe('10.0.0.5');
    expect(addressFromHops('10.0.0.5', '6.6.6.6, 7.7.7.7', 3)).toBe('10.0.0.5');
  });

  it('keys IPv6 by its /64, so one household cannot rotate through its 2^64 addresses', () => {
    expect(throttleKey('2001:db8:1:2:aaaa::1')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:db8:1:2:ffff:1:2:3')).toBe('2001:db8:1:2::/64');
    expect(throttleKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(throttleKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(throttleKey('203.0.113.9')).toBe('203.0.113.9');
  });

  it('puts callers with no stamped address into one shared bucket', () => {
    expect(clientAddress(new Headers())).toBe('unknown');
  });
});
