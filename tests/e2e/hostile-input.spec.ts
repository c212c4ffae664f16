// Hostile input over HTTP against the real built app: every public form posted as a browser without
// JavaScript would (with generated hostile fields), malformed bodies, and the /api routes found on disk.
// Nothing may answer 5xx; a refused journey answer leaves the draft exactly as it was.
import { test, expect, type APIRequestContext } from '@playwright/test';
import fc from 'fast-check';
import { hostileForm, type FormPart } from '../support/hostile-values';
import { findApiRoutes } from '../support/public-actions';
import { completeJourneyCookie, draftFor, multipart, postForm, reactFields, type Part } from './no-js-form';

const RUNS = 30;
let address = 0;
const freshAddress = () => `203.0.113.${(address = (address % 250) + 1)}`;

/** Each public form page, the fields its form really sends, and the answers needed to reach it. */
const FORMS: { path: string; fields: string[]; before?: [string, Part[]][] }[] = [
  { path: '/report/danger', fields: ['immediateDanger'] },
  { path: '/report/school', fields: ['schoolQuery'] },
  {
    path: '/report/school/results',
    fields: ['school', 'schoolOther'],
    before: [['/report/school', [['schoolQuery', 'oak']]]],
  },
  { path: '/report/child', fields: ['childName', 'childAge', 'childYear'] },
  { path: '/report/platforms', fields: ['platforms', 'platformOther'] },
  // One box per platform in the journey, named by its id: {platform} is the journey's platform.
  { path: '/report/accounts', fields: ['account-{platform}'] },
  { path: '/report/already-reported', fields: ['reportedToPlatform'] },
  {
    path: '/report/what-happened',
    fields: ['harms', 'personWasAdult', 'happened', 'stillHappening', 'childKnows'],
  },
  { path: '/report/description', fields: ['description'] },
  {
    path: '/report/about-you',
    fields: ['relationship', 'contact', 'reporterName', 'reporterEmail', 'reporterPhone'],
  },
  { path: '/report/check', fields: ['website'] },
  { path: '/check', fields: ['reference', 'receipt'] },
  { path: '/sign-in', fields: ['email', 'password'] },
  { path: '/forgotten-password', fields: ['email'] },
];

async function asParts(parts: FormPart[]): Promise<Part[]> {
  return Promise.all(
    parts.map(async ([name, value]): Promise<Part> => {
      if (typeof value === 'string') return [name, value];
      const buffer = Buffer.from(await value.arrayBuffer());
      return [name, { name: value.name, mimeType: value.type || 'application/octet-stream', buffer }];
    }),
  );
}

async function post(request: APIRequestContext, path: string, field: string, parts: Part[]) {
  const html = await (await request.get(path, { headers: { 'x-forwarded-for': freshAddress() } })).text();
  const react = reactFields(html, field);
  expect(react.length, `the form on ${path}`).toBeGreaterThan(0);
  return postForm(request, path, [...react, ...parts]);
}

test.describe('hostile forms over HTTP', () => {
  for (const form of FORMS) {
    test(`${form.path}: no 5xx, and a refused answer changes nothing`, async ({ playwright, baseURL }) => {
      test.setTimeout(180_000);
      // A complete journey, so every page (the check page too) shows its form.
      const journey = await completeJourneyCookie(baseURL as string);
      const fields = form.fields.map((f) => f.replace('{platform}', journey.platformId));
      const host = new URL(baseURL as string).hostname;
      const request = await playwright.request.newContext({
        baseURL,
        storageState: {
          origins: [],
          cookies: [
            {
              name: journey.cookie.name,
              value: journey.token,
              domain: host,
              path: '/',
              expires: -1,
              httpOnly: true,
              secure: false,
              sameSite: 'Lax',
            },
          ],
        },
      });
      for (const [path, parts] of form.before ?? []) await post(request, path, parts[0]?.[0] ?? '', parts);
      const html = await (await request.get(form.path)).text();
      const react = reactFields(html, fields[0] as string);
      expect(react.length).toBeGreaterThan(0);
      await fc.assert(
        fc.asyncProperty(hostileForm(fields), async (generated) => {
          const before = await draftFor(request);
          const response = await postForm(request, form.path, [...react, ...(await asParts(generated))]);
          expect(response.status(), `${form.path} answered ${response.status()}`).toBeLessThan(500);
          const body = await response.text();
          expect(body).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
          if (response.status() === 200 && form.path.startsWith('/report/'))
            expect(await draftFor(request)).toBe(before);
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      await request.dispose();
    });
  }

  test('malformed and oversized bodies get a page, not a server error', async ({ request }) => {
    test.setTimeout(120_000);
    const path = '/report/description';
    // Sent with the malformed body: must not reach the database, and the draft must stay as it was.
    const react = reactFields(await (await request.get(path)).text(), 'description');
    const good = multipart([...react, ['description', 'x']]);
    const bodies: { data: Buffer | string; headers: Record<string, string> }[] = [
      { data: 'description=x', headers: { 'content-type': 'text/plain' } },
      { data: '{"description":"x"}', headers: { 'content-type': 'application/json' } },
      { data: '<a/>', headers: { 'content-type': 'application/xml' } },
      { data: good.body, headers: { 'content-type': 'multipart/form-data; boundary=wrong' } },
      { data: good.body, headers: { 'content-type': 'multipart/form-data' } },
      { data: good.body.subarray(0, good.body.length / 2), headers: { 'content-type': good.contentType } },
      { data: '\u0000\u0001\u0002', headers: { 'content-type': good.contentType } },
      {
        data: new URLSearchParams([
          ...react,
          ...Array.from({ length: 5000 }, (_, i) => [`f${i}`, 'x']),
        ]).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      },
      { data: 'x'.repeat(200_000), headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      { data: good.body, headers: { 'content-type': good.contentType, 'next-action': 'not-an-action-id' } },
      { data: '["$K1"]', headers: { 'content-type': 'text/plain', 'next-action': '0'.repeat(42) } },
      { data: 'garbage', headers: { 'content-type': 'text/plain;charset=UTF-8', 'next-action': 'x' } },
    ];
    const statuses: number[] = [];
    for (const { data, headers } of bodies) {
      const response = await request.post(path, { data, headers, maxRedirects: 0 });
      statuses.push(response.status());
    }
    expect(
      statuses.filter((s) => s >= 500),
      `statuses: ${statuses.join(' ')}`,
    ).toEqual([]);
    // Over the size cap: refused with the plain page before anything is read or stored.
    expect(statuses[8]).toBe(413);
  });

  test('the /api routes, found on disk, never answer 5xx to hostile requests', async ({ request }) => {
    test.setTimeout(120_000);
    const routes = findApiRoutes();
    expect(routes).toContain('/api/health');
    const suffixes = ['', '/session', '/csrf', '/providers', '/signin', '/signout', '/callback/credentials'];
    const hostile = [
      '%00',
      '..%2F..%2Fetc%2Fpasswd',
      '%3Cscript%3E',
      '__proto__',
      '%E2%80%AE',
      'x'.repeat(2000),
    ];
    const urls = routes.flatMap((route) =>
      route.includes('[...')
        ? [...suffixes, ...hostile.map((h) => `/${h}`)].map(
            (s) => route.replace(/\/\[\.\.\.[^\]]+\]/, '') + s,
          )
        : [route, `${route}/${hostile[0]}`],
    );
    let cases = 0;
    for (const url of urls) {
      for (const q of [
        '',
        '?__proto__[x]=1&constructor=1',
        `?callbackUrl=${encodeURIComponent('javascript:alert(1)')}`,
      ]) {
        const get = await request.get(url + q, { maxRedirects: 0 });
        // A forged next-auth callback-url cookie rides along with every POST.
        const post = await request.post(url + q, {
          data: '{"__proto__":{"polluted":1},"csrfToken":"\u0000"}',
          headers: {
            'content-type': 'application/json',
            cookie: 'next-auth.callback-url=javascript%3Aalert(1)',
          },
          maxRedirects: 0,
        });
        cases += 2;
        expect(
          [get.status(), post.status()].filter((s) => s >= 500),
          `${url + q}`,
        ).toEqual([]);
      }
    }
    console.log(`[hostile-input] ${cases} hostile requests to ${routes.length} /api routes`);
  });
});
