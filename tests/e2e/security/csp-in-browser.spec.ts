// Under the strict CSP (a nonce per response, no inline styles), every page still works in a real browser:
// no violation is reported, and the app's own scripts run (GOV.UK Frontend marks the body when it starts).
// Each person visits every page the access matrix says they may see.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from '../fixtures';
import { appEntries } from './app-entries';
import { COLUMNS, EXPECTATIONS, type Row } from './expectations';
import { pathOf } from './paths';
import { contextFor, giveReporterReceipt, type Role } from './roles';
import { readSamples } from './samples';

const VISITORS: Role[] = ['anonymous', 'reporter', 'dslA', 'partnership', 'admin', 'dpo'];

/** Collects CSP violations as the page reports them, from before its first script. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  await page.exposeFunction('reportCspViolation', (text: string) => violations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (t: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI} on ${location.pathname}`);
    });
  });
  return violations;
}

for (const role of VISITORS) {
  test(`no page breaks under the CSP, as ${role}`, async ({ browser, baseURL }) => {
    test.setTimeout(240_000);
    const s = await readSamples();
    if (role === 'reporter') await giveReporterReceipt(s.caseC.id);
    const context = await contextFor(browser, role, baseURL as string, s.caseC.reference, true);
    const page = await context.newPage();
    const violations = await watchViolations(page);
    const column = COLUMNS.indexOf(role);
    const pages = appEntries().filter((e) => {
      const row = EXPECTATIONS[e.key] as Row;
      return e.kind === 'page' && row.expect[column] === 'ok';
    });
    expect(pages.length).toBeGreaterThan(10);
    for (const entry of pages) {
      const path = pathOf(entry, EXPECTATIONS[entry.key] as Row, s);
      // Nothing of that kind in the database yet (a published warning): nothing to visit.
      if (path.includes(s.unknownId)) continue;
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.locator('body.govuk-frontend-supported'), `scripts ran on ${path}`).toHaveCount(1);
    }
    // One page in full, to be sure the nonce did not cost anything the scan can see.
    await expectAccessible(page);
    expect(violations).toEqual([]);
    await context.close();
  });
}
