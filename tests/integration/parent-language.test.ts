import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { chooseLanguage } from '@/lib/i18n/choose-language';
import { requestLocale } from '@/lib/i18n/request-locale';
import { makePartnership } from '../support/factories';

// The request as a browser sends it: its host, its languages and its cookies; each test sets its own.
const request = vi.hoisted(() => ({
  headers: new Headers(),
  cookies: new Map<string, string>(),
}));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
}));

beforeAll(async () => {
  const wales = await makePartnership({ slug: 'wales', name: 'Partneriaeth Cymru' });
  const england = await makePartnership({ slug: 'england', name: 'England Partnership' });
  await getDb().partnership.update({ where: { id: wales.id }, data: { languages: ['en', 'cy'] } });
  await getDb().partnershipHost.createMany({
    data: [
      { hostname: 'wales.example.org', partnershipId: wales.id },
      { hostname: 'england.example.org', partnershipId: england.id },
    ],
  });
});
beforeEach(() => {
  request.headers = new Headers();
  request.cookies = new Map();
});

function at(host: string, { language, chosen }: { language?: string; chosen?: string } = {}) {
  request.headers = new Headers({ host, ...(language ? { 'accept-language': language } : {}) });
  if (chosen) request.cookies.set('language', chosen);
}

describe('the language of a public page', () => {
  it('is the one the parent chose, where the partnership offers it', async () => {
    at('wales.example.org', { chosen: 'cy', language: 'en-GB' });
    expect(await requestLocale()).toBe('cy');
  });

  it('is the browser’s language where the partnership offers it', async () => {
    at('wales.example.org', { language: 'cy-GB,cy;q=0.9,en;q=0.5' });
    expect(await requestLocale()).toBe('cy');
  });

  it('is English where the partnership does not offer the language, whatever the cookie says', async () => {
    at('england.example.org', { chosen: 'cy', language: 'cy' });
    expect(await requestLocale()).toBe('en');
  });
});

describe('the language chooser', () => {
  const choose = (fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.set(name, value);
    return chooseLanguage(form);
  };

  it('keeps the choice and goes back to the same page', async () => {
    at('wales.example.org');
    const answer = await choose({ language: 'cy', back: '/report/child?from=check' });
    expect(answer.status).toBe(303);
    expect(answer.headers.get('location')).toBe('/report/child?from=check');
    expect(request.cookies.get('language')).toBe('cy');
  });

  it('keeps nothing the partnership does not offer', async () => {
    at('england.example.org');
    await choose({ language: 'cy', back: '/' });
    await choose({ language: 'xx', back: '/' });
    expect(request.cookies.has('language')).toBe(false);
  });

  it('never sends the parent to another site', async () => {
    at('wales.example.org');
    for (const back of [
      '//evil.example/',
      '/\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '',
    ])
      expect((await choose({ language: 'cy', back })).headers.get('location')).toBe('/');
  });
});
