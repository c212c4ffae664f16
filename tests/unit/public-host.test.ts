import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { normaliseHost, publicHost, stampPublicHost } from '@/lib/security/public-host';

function incoming(headers: Record<string, string>): IncomingMessage {
  return { headers: { ...headers } } as unknown as IncomingMessage;
}

describe('the host name of a public request', () => {
  it('is lower case, with no port and no trailing dot', () => {
    expect(normaliseHost('Southvale.LOCALHOST:3000')).toBe('southvale.localhost');
    expect(normaliseHost('report.example.org.')).toBe('report.example.org');
    expect(normaliseHost('127.0.0.1:3000')).toBe('127.0.0.1');
  });

  it('is unknown for anything that is not one host name', () => {
    for (const value of [
      undefined,
      null,
      '',
      'a.example.org, b.example.org',
      'a.example.org b.example.org',
      '[::1]:3000',
      'example.org/path',
      'user@example.org',
      '-bad.example.org',
      'x'.repeat(64),
      `${'abcdefghi.'.repeat(26)}org`,
      'x'.repeat(10_000),
    ])
      expect(normaliseHost(value), String(value).slice(0, 40)).toBeNull();
  });

  it('ignores X-Forwarded-Host from a client that connects straight to us', () => {
    expect(publicHost('north.example.org', 'south.example.org', 0)).toBe('north.example.org');
  });

  it('takes the nearest trusted proxy’s X-Forwarded-Host', () => {
    expect(publicHost('app-internal:3000', 'forged.example.org, South.example.org', 1)).toBe(
      'south.example.org',
    );
    expect(publicHost('north.example.org', undefined, 1)).toBe('north.example.org');
  });

  it('replaces the copy of the stamped header a client sent', () => {
    const request = incoming({ host: 'north.example.org', 'x-public-host': 'south.example.org' });
    stampPublicHost(request, 0);
    expect(request.headers['x-public-host']).toBe('north.example.org');
    const garbage = incoming({ host: 'a, b', 'x-public-host': 'south.example.org' });
    stampPublicHost(garbage, 0);
    expect(garbage.headers['x-public-host']).toBe('');
  });
});
