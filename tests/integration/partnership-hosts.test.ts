import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { makePartnership } from '../support/factories';

// The request's headers as the front server passes them on (scripts/serve.ts): each test sets its own.
const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));

let north: { id: string };
let south: { id: string };

beforeAll(async () => {
  north = await makePartnership({ slug: 'north', name: 'North Partnership' });
  south = await makePartnership({ slug: 'south', name: 'South Partnership' });
  await getDb().partnershipHost.createMany({
    data: [
      { hostname: 'north.example.org', partnershipId: north.id },
      { hostname: 'south.example.org', partnershipId: south.id },
    ],
  });
});
beforeEach(() => {
  request.headers = new Headers();
});

async function servedFor(headers: Record<string, string>): Promise<string | undefined> {
  request.headers = new Headers(headers);
  return (await getPublicPartnership())?.slug;
}

describe('the partnership a public page serves, with two partnerships on one deployment', () => {
  it('is the one whose host the request was made to', async () => {
    expect(await servedFor({ host: 'south.example.org' })).toBe('south');
    expect(await servedFor({ host: 'north.example.org' })).toBe('north');
    expect(await servedFor({ 'x-public-host': 'south.example.org', host: 'north.example.org' })).toBe(
      'south',
    );
  });

  it('ignores a port, upper case and a trailing dot', async () => {
    for (const host of ['south.example.org:3000', 'SOUTH.Example.ORG', 'south.example.org.'])
      expect(await servedFor({ host })).toBe('south');
  });

  it('is none for a host nobody mapped, rather than a guess', async () => {
    expect(await servedFor({ host: 'east.example.org' })).toBeUndefined();
    expect(await servedFor({})).toBeUndefined();
  });

  it('is none for a Host that is not one host name', async () => {
    for (const host of [
      'south.example.org, north.example.org',
      'south.example.org/evil',
      'south example org',
      '<script>',
      `${'a'.repeat(64)}.example.org`,
      `${'abcdefghi.'.repeat(30)}org`,
      '',
    ])
      expect(await servedFor({ host }), host).toBeUndefined();
  });

  it('never takes X-Forwarded-Host from the client', async () => {
    // The front server stamped the Host it trusts; a forged X-Forwarded-Host beside it changes nothing.
    expect(
      await servedFor({
        'x-public-host': 'north.example.org',
        host: 'north.example.org',
        'x-forwarded-host': 'south.example.org',
      }),
    ).toBe('north');
    expect(await servedFor({ 'x-forwarded-host': 'south.example.org' })).toBeUndefined();
  });

  it('is PARTNERSHIP_SLUG’s for a host nobody mapped, when it is set; a mapped host still wins', async () => {
    vi.stubEnv('PARTNERSHIP_SLUG', 'north');
    resetEnvForTests();
    try {
      expect(await servedFor({ host: 'east.example.org' })).toBe('north');
      expect(await servedFor({ host: 'south.example.org' })).toBe('south');
    } finally {
      vi.unstubAllEnvs();
      resetEnvForTests();
    }
  });

  it('is none when the front server found no host name, whatever Host says', async () => {
    expect(await servedFor({ 'x-public-host': '', host: 'south.example.org' })).toBeUndefined();
  });
});

describe('staff at another partnership’s address', () => {
  it('act for the partnership of their membership, whatever the host', async () => {
    request.headers = new Headers({ 'x-public-host': 'south.example.org' });
    const northAdmin = {
      memberships: [{ role: 'ADMIN' as const, partnershipId: north.id, schoolId: null }],
    } as unknown as Parameters<typeof partnershipFor>[0];
    expect((await getPublicPartnership())?.slug).toBe('south');
    expect(partnershipFor(northAdmin, 'reference-data.manage')).toBe(north.id);
  });
});
