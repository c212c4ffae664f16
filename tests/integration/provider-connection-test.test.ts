// "Test this connection" on an admin provider page: what the provider's discovery document says, read
// with a fetch that goes only where it should (https, or this machine outside production), follows no
// redirect and stops at a small size.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providerFetchTarget } from '@/lib/auth/providers/provider-fetch-target';
import { readDiscoveryDocument } from '@/lib/auth/providers/read-discovery-document';
import { startTestProvider, type TestProvider } from '../support/oidc-test-provider';

let provider: TestProvider;
let odd: Server;
let oddBase: string;

beforeAll(async () => {
  provider = await startTestProvider();
  odd = createServer((req, res) => {
    if (req.url?.startsWith('/redirect/')) {
      res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end();
    } else if (req.url?.startsWith('/huge/')) {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ issuer: 'x', padding: 'a'.repeat(200_000) }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((done) => odd.listen(0, '127.0.0.1', done));
  oddBase = `http://127.0.0.1:${(odd.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await provider.close();
  await new Promise((done) => odd.close(done));
});

describe('testing a provider connection', () => {
  it('shows the issuer, the endpoints and the claims the provider supports', async () => {
    const result = await readDiscoveryDocument(provider.issuer);
    expect(result).toMatchObject({
      ok: true,
      document: {
        issuer: provider.issuer,
        authorizationEndpoint: expect.stringContaining(provider.issuer),
        tokenEndpoint: expect.stringContaining(provider.issuer),
        jwksUri: expect.stringContaining(provider.issuer),
      },
    });
    if (result.ok) expect(result.document.claimsSupported).toContain('email');
  });

  it('refuses plain http to another machine, and addresses that are not web addresses', async () => {
    for (const url of ['http://example.com', 'http://169.254.169.254', 'file:///etc/passwd', 'not a url'])
      expect(await readDiscoveryDocument(url)).toMatchObject({ ok: false, reason: 'address' });
  });

  it('follows no redirect', async () => {
    expect(await readDiscoveryDocument(`${oddBase}/redirect`)).toMatchObject({
      ok: false,
      reason: 'redirect',
    });
  });

  it('stops reading a document larger than it should be', async () => {
    expect(await readDiscoveryDocument(`${oddBase}/huge`)).toMatchObject({ ok: false, reason: 'too-large' });
  });

  it('says when nothing answers', async () => {
    expect(await readDiscoveryDocument(`${oddBase}/missing`)).toMatchObject({ ok: false, reason: 'status' });
  });
});

describe('where the server may fetch from in production', () => {
  it('refuses this machine and private networks, even over https, and plain http anywhere', async () => {
    for (const url of [
      'https://127.0.0.1/x',
      'https://localhost/x',
      'https://169.254.169.254/x',
      'https://10.1.2.3/x',
      'https://192.168.0.1/x',
      'https://[::1]/x',
      'https://[::ffff:127.0.0.1]/x',
      'http://93.184.215.14/x',
      'https://user:pass@93.184.215.14/x',
    ])
      expect(await providerFetchTarget(url, true), url).toBeNull();
    expect(await providerFetchTarget('https://93.184.215.14/x', true)).not.toBeNull();
  });
});
