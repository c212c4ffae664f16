// npm run bench:lighthouse -- [--paths=/check,/report/about-you] [--lang=cy] [--why]   (after npm run build; not part of npm test)
// Lighthouse (mobile emulation: its default phone screen, simulated slow 4G and CPU) in Debian's Chromium on
// every public page of the built app — found from app/(public) on disk, so a new page is measured too —
// printing the performance and accessibility scores and the Largest Contentful Paint of each. Journey pages
// are loaded with the cookie of a finished journey (the confirmation page with a sent one), as a parent
// sees them. With --lang=<code> every page is asked for in that language (the chooser's cookie and the
// browser's Accept-Language), offered by every partnership of the throwaway database, and each page's
// <html lang> is checked first, so a page is never measured in English by mistake. Then the whole
// parent journey is timed with JavaScript off (bench/lib/journey-no-js.ts).
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import pg from 'pg';
import { freePort } from '../lib/database/scratch';
import { CATALOGUES, isLocale } from '../lib/i18n/locales';
import { ensureChromium } from '../scripts/lib/chromium';
import { startBenchApp } from './lib/bench-app';
import { timeJourneyWithoutJavaScript } from './lib/journey-no-js';
import { sendFormBody } from './lib/send-form';
import { prepareDrafts } from './lib/submission-drafts';

const FLAGS = ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'];
const EXTRA = ['--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'];

function publicPaths(advicePath: string): string[] {
  return readdirSync('app/(public)', { recursive: true, encoding: 'utf8' })
    .filter((file) => file === 'page.tsx' || file.endsWith('/page.tsx'))
    .map((file) => `/${file.replace(/\/?page\.tsx$/, '')}`)
    .map((path) => path.replace('/advice/[platform]', advicePath))
    .map((path) => (path === '/report/school/results' ? `${path}?q=oakfield` : path))
    .sort();
}

async function sentJourney(app: string, token: string): Promise<void> {
  const form = await sendFormBody(app, token);
  const response = await fetch(`${app}${form.path}`, {
    method: 'POST',
    body: form.body,
    redirect: 'manual',
    headers: { 'content-type': form.contentType, origin: app, cookie: `report_journey=${token}` },
  });
  if (response.status !== 303) throw new Error(`Sending a report answered ${response.status}.`);
}

/** The page answers in the language asked for, or the bench stops: a score in English would mislead. */
async function expectLanguage(url: string, headers: Record<string, string>, tag: string): Promise<void> {
  const html = await (await fetch(url, { headers })).text();
  const found = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  if (found !== tag)
    throw new Error(`${url} answered in "${found}", not "${tag}": does the bench's partnership offer it?`);
}

const lang = process.argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
if (lang !== undefined && !isLocale(lang)) throw new Error(`--lang=${lang}: not a language the service has.`);

const chromium = ensureChromium((line) => console.log(line));
const bench = await startBenchApp({ instances: 1 });
const port = await freePort();
const browser = spawn(chromium, [...FLAGS, ...EXTRA, `--remote-debugging-port=${port}`, 'about:blank'], {
  stdio: 'ignore',
});
try {
  const app = bench.apps[0] as string;
  const [finished, sent] = await prepareDrafts(bench.databaseUrl, 2);
  await sentJourney(app, sent as string);
  const client = new pg.Client({ connectionString: bench.databaseUrl });
  await client.connect();
  const platform = await client.query<{ slug: string }>(
    `SELECT slug FROM "Platform" WHERE NOT "isOther" ORDER BY "sortOrder" LIMIT 1`,
  );
  // --lang: the throwaway database's partnerships offer that language (the one at the bench's address
  // may not, in the demo data); each page's <html lang> is still checked before it is measured.
  if (lang)
    await client.query(
      `UPDATE "Partnership" SET languages = array_append(languages, $1) WHERE NOT ($1 = ANY(languages))`,
      [lang],
    );
  await client.end();
  const advice = `/advice/${platform.rows[0]?.slug}`;
  await new Promise((r) => setTimeout(r, 2000)); // Chromium's debugging port opening
  console.log('page                              perf  a11y   LCP ms  (final address if redirected)');
  const only = process.argv
    .find((a) => a.startsWith('--paths='))
    ?.slice('--paths='.length)
    .split(',');
  if (lang) console.log(`language: ${CATALOGUES[lang].englishName} (${lang})`);
  for (const path of publicPaths(advice).filter((p) => !only || only.includes(p))) {
    const token = path === '/report/confirmation' ? sent : finished;
    const headers: Record<string, string> = {
      Cookie: [`report_journey=${token}`, ...(lang ? [`language=${lang}`] : [])].join('; '),
      ...(lang ? { 'Accept-Language': lang } : {}),
    };
    if (lang) await expectLanguage(`${app}${path}`, headers, CATALOGUES[lang].tag);
    const result = await lighthouse(`${app}${path}`, {
      port,
      logLevel: 'error',
      output: 'json',
      onlyCategories: [
        'performance',
        'accessibility',
        ...(process.argv.includes('--why') ? ['best-practices'] : []),
      ],
      extraHeaders: headers,
    });
    const lhr = result?.lhr;
    const score = (id: string) => Math.round((lhr?.categories[id]?.score ?? NaN) * 100);
    const lcp = lhr?.audits['largest-contentful-paint']?.numericValue ?? NaN;
    const landed = lhr?.finalDisplayedUrl.replace(app, '') ?? '?';
    console.log(
      `${path.padEnd(32)} ${String(score('performance')).padStart(5)} ${String(score('accessibility')).padStart(5)} ${lcp.toFixed(0).padStart(8)}  ${landed === path ? '' : landed}`,
    );
    // A page Lighthouse could not score says why, instead of a silent NaN.
    const why = lhr?.runtimeError?.message ?? lhr?.audits['largest-contentful-paint']?.errorMessage;
    if (why) console.log(`  not measured: ${why}`);
    // --why: what the page's LCP waited for (its element, its phases, the render-blocking requests).
    if (process.argv.includes('--why') && lhr) {
      const details = (id: string) => JSON.stringify(lhr.audits[id]?.details ?? null).slice(0, 1500);
      console.log(`  largest-contentful-paint-element: ${details('largest-contentful-paint-element')}`);
      const requests = (lhr.audits['network-requests']?.details as { items?: Record<string, unknown>[] })
        ?.items;
      for (const r of requests ?? [])
        console.log(
          `  ${String(r.resourceType).padEnd(10)} ${String(r.transferSize).padStart(7)} B  ${String(r.url).replace(app, '')}`,
        );
      const observed =
        (lhr.audits.metrics?.details as { items?: Record<string, number>[] })?.items?.[0] ?? {};
      console.log(
        `  observed (unthrottled): FCP ${observed.observedFirstContentfulPaint} LCP ${observed.observedLargestContentfulPaint} DCL ${observed.observedDomContentLoaded} load ${observed.observedLoad} ms`,
      );
      console.log(`  console errors: ${details('errors-in-console')}`);
      console.log(
        `  FCP ${lhr.audits['first-contentful-paint']?.numericValue?.toFixed(0)} ms, TBT ${lhr.audits['total-blocking-time']?.numericValue?.toFixed(0)} ms, SI ${lhr.audits['speed-index']?.numericValue?.toFixed(0)} ms`,
      );
    }
  }
  const journey = await timeJourneyWithoutJavaScript(app, chromium, FLAGS.concat(EXTRA));
  console.log(
    `\nParent journey with JavaScript off (start page to "Report sent", ${journey.pages} page loads): ${(journey.ms / 1000).toFixed(1)} s`,
  );
} finally {
  browser.kill('SIGTERM');
  await bench.stop();
}
