// Walks the public reporting journey with the demo data, checking each page as it goes.
import { expect, type Browser, type Page } from '@playwright/test';
import { expectAccessible } from './fixtures';

export interface JourneyOptions {
  urgent?: boolean;
  description?: string;
  anonymous?: boolean;
  /** Scan every page with axe (slower). */
  scan?: boolean;
  /** False when the browser runs without JavaScript (the school question is then a plain search box). */
  javaScript?: boolean;
  /** The stranger's Snapchat name or link, on the optional question after the platforms; none unless given. */
  strangerAccount?: string;
  /** "Have you already reported it to the app or website?" (optional): skipped unless given. */
  reportedToPlatform?: 'Yes' | 'No' | 'Not yet';
  /** The school to search for and choose: Oakfield Primary School unless given. */
  school?: { search: string; name: string };
}

const SCHOOL_QUESTION = 'Which school does the child go to?';

/**
 * The school search box. With JavaScript the type-ahead replaces the plain box once its script has
 * arrived, so wait for it rather than type into the box about to be hidden.
 */
export async function schoolSearchBox(page: Page, javaScript = true) {
  if (!javaScript) return page.getByRole('searchbox', { name: SCHOOL_QUESTION });
  const box = page.getByRole('combobox', { name: SCHOOL_QUESTION });
  await expect(box).toBeVisible();
  return box;
}

async function next(page: Page, scan: boolean, button = 'Continue') {
  if (scan) await expectAccessible(page);
  await expect(page.locator('.govuk-exit-this-page')).toHaveCount(1);
  await page.getByRole('button', { name: button, exact: true }).click();
}

/** From the start page to a sent report; returns the reference and receipt shown once. */
export async function reportAConcern(page: Page, options: JourneyOptions = {}) {
  const scan = options.scan ?? false;
  await answerEveryQuestion(page, options);
  await next(page, scan, 'Send report');

  // Sending hashes the receipt (argon2id) on a machine that may be busy: allow it a little longer.
  await expect(page.getByRole('heading', { name: 'Report sent' })).toBeVisible({ timeout: 15_000 });
  if (scan) await expectAccessible(page);
  const reference = (await page.getByTestId('reference').textContent())?.trim() ?? '';
  const receipt = (await page.getByTestId('receipt').textContent())?.trim() ?? '';
  expect(reference).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  expect(receipt).toMatch(/^([2-9A-Z]{4}-){3}[2-9A-Z]{4}$/);
  return { reference, receipt };
}

/**
 * A fresh report to the DSL's school, sent by a parent in a browser of their own, for a staff test that needs
 * a case nobody else's test touches. Its reference.
 */
export async function sendFreshReport(browser: Browser, options: JourneyOptions = {}): Promise<string> {
  const parent = await browser.newContext();
  const { reference } = await reportAConcern(await parent.newPage(), options);
  await parent.close();
  return reference;
}

/** From the start page to "Check your answers", answering every question on the way. */
export async function answerEveryQuestion(page: Page, options: JourneyOptions = {}) {
  const scan = options.scan ?? false;
  await page.goto('/');
  if (scan) await expectAccessible(page);
  await page.getByRole('button', { name: 'Start now' }).click();

  await expect(page.getByRole('heading', { name: 'Is a child in danger right now?' })).toBeVisible();
  await page.getByLabel(options.urgent ? 'Yes' : 'No', { exact: true }).check();
  await next(page, scan);
  if (options.urgent) {
    await expect(page.getByRole('heading', { name: 'Call 999 now' })).toBeVisible();
    if (scan) await expectAccessible(page);
    await page.getByRole('button', { name: 'Continue with an urgent report' }).click();
  }

  const school = options.school ?? { search: 'oakfield', name: 'Oakfield Primary School' };
  await (await schoolSearchBox(page, options.javaScript)).fill(school.search);
  await next(page, scan, 'Search');
  await expect(page.getByText(`1 school matches “${school.search}”.`)).toBeVisible();
  await page.getByLabel(school.name).check();
  await next(page, scan);

  await page.getByLabel('Their first name or initials (optional)').fill('S.J.');
  await page.getByLabel('How old are they?').fill('9');
  await next(page, scan);

  await page.getByLabel('Snapchat').check();
  await next(page, scan);

  await expect(
    page.getByRole('heading', {
      name: 'Do you know the name the stranger used, or a link to their account?',
    }),
  ).toBeVisible();
  if (options.strangerAccount) await page.getByLabel('Snapchat').fill(options.strangerAccount);
  await next(page, scan);

  await expect(
    page.getByRole('heading', { name: 'Have you already reported it to the app or website?' }),
  ).toBeVisible();
  if (options.reportedToPlatform) await page.getByLabel(options.reportedToPlatform, { exact: true }).check();
  await next(page, scan);

  await page.getByLabel('Was contacted by someone they do not know').check();
  await page
    .getByRole('group', { name: 'Do you think the person was an adult? (optional)' })
    .getByLabel('I do not know')
    .check();
  await page.getByRole('group', { name: 'When did it happen?' }).getByLabel('In the last 7 days').check();
  await page.getByRole('group', { name: 'Is it still happening?' }).getByLabel('I’m not sure').check();
  await page
    .getByRole('group', { name: 'Does the child know you are telling us?' })
    .getByLabel('Yes')
    .check();
  await next(page, scan);

  await expect(
    page.getByRole('heading', { name: 'Pictures and videos: please read this first' }),
  ).toBeVisible();
  await next(page, scan);

  await page
    .getByLabel('Tell us what happened')
    .fill(options.description ?? 'Someone asked my child for a photo.');
  await next(page, scan);

  await page.getByLabel('I am their parent or carer').check();
  if (options.anonymous === false) {
    await page.getByLabel('Yes, they can contact me').check();
    await page.getByLabel('Your name').fill('Alex Parent');
    await page.getByLabel('Email address').fill('alex.parent@example.com');
  } else {
    await page.getByLabel('No, I want to stay anonymous').check();
  }
  await next(page, scan);

  await expect(page.getByRole('heading', { name: 'Check your answers before sending' })).toBeVisible();
}
