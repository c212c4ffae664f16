// The parent's whole journey in Chromium with JavaScript off, on a phone-sized screen: every answer is a
// plain form POST and redirect, as on a locked-down or very old phone. Timed from opening the start page to
// the "Report sent" page; the answers are those of tests/e2e/report-journey.ts.
import { chromium, type Page } from '@playwright/test';

async function answer(page: Page, fill: () => Promise<void>, button = 'Continue'): Promise<void> {
  await fill();
  await Promise.all([
    page.waitForNavigation(),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
}

export async function timeJourneyWithoutJavaScript(
  app: string,
  executablePath: string,
  args: string[],
): Promise<{ ms: number; pages: number }> {
  const browser = await chromium.launch({ executablePath, args });
  try {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 412, height: 823 },
      isMobile: true,
      // Every request from one address; a rate limit would otherwise not apply to a single run anyway.
      extraHTTPHeaders: { 'x-forwarded-for': '198.51.100.77' },
    });
    const page = await context.newPage();
    let pages = 0;
    page.on('load', () => (pages += 1));
    const began = performance.now();
    await page.goto(`${app}/`);
    await answer(page, async () => {}, 'Start now');
    await answer(page, () => page.getByLabel('No', { exact: true }).check());
    await answer(
      page,
      () => page.getByLabel('Which school does the child go to?').fill('oakfield'),
      'Search',
    );
    await answer(page, () => page.getByLabel('Oakfield Primary School').check());
    await answer(page, () => page.getByLabel('How old are they?').fill('9'));
    await answer(page, () => page.getByLabel('Snapchat').check());
    await answer(page, async () => {}); // the stranger's name or link (optional)
    await answer(page, async () => {}); // already reported it to the app (optional)
    await answer(page, async () => {
      await page.getByLabel('Was contacted by someone they do not know').check();
      await page.getByRole('group', { name: 'When did it happen?' }).getByLabel('In the last 7 days').check();
      await page.getByRole('group', { name: 'Is it still happening?' }).getByLabel('I’m not sure').check();
      await page
        .getByRole('group', { name: 'Does the child know you are telling us?' })
        .getByLabel('Yes')
        .check();
    });
    await answer(page, async () => {});
    await answer(page, () =>
      page.getByLabel('Tell us what happened').fill('Someone asked my child for a photo.'),
    );
    await answer(page, async () => {
      await page.getByLabel('I am their parent or carer').check();
      await page.getByLabel('No, I want to stay anonymous').check();
    });
    await answer(page, async () => {}, 'Send report');
    await page.getByRole('heading', { name: 'Report sent' }).waitFor({ timeout: 30_000 });
    return { ms: performance.now() - began, pages };
  } finally {
    await browser.close();
  }
}
