import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getPublicPartnership } from '@/lib/partnerships/get-public-partnership';
import { makePartnership } from '../support/factories';

const request = vi.hoisted(() => ({ headers: new Headers() }));
vi.mock('next/headers', () => ({ headers: async () => request.headers }));

beforeAll(async () => {
  await makePartnership({ slug: 'only', name: 'The Only Partnership' });
});

describe('a deployment with one partnership and no hosts set up', () => {
  it('serves that partnership at any address, as before hosts existed', async () => {
    for (const host of ['report.example.org', 'localhost:3000', '', 'not a host']) {
      request.headers = new Headers(host ? { host } : {});
      expect((await getPublicPartnership())?.slug, host).toBe('only');
    }
  });
});
