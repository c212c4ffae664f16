import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe can check it. Every page a test visits should pass through here. */
export async function expectAccessible(page: Page): Promise<void> {
  // Scan the page that has finished arriving, not one caught between navigations without its <title>
  // (axe would report document-title); a page that really has no title still fails below.
  await page.waitForLoadState('load');
  await page
    .waitForFunction(() => document.title.trim().length > 0, undefined, { timeout: 5000 })
    .catch(() => {});
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join('; ')})`,
  );
  expect(summary).toEqual([]);
}

/** No page may call out to another site: no analytics, fonts or scripts from elsewhere. */
export function recordForeignRequests(page: Page, baseURL: string): string[] {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:')) foreign.push(url);
  });
  return foreign;
}
