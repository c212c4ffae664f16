// Incidents (issue 18): a DSL groups two fresh cases into one event from the case pages, and the event's
// page lists them. Another school's DSL finds neither the event nor its cases.
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { sendFreshReport } from './report-journey';
import { signInAs } from './sign-in';

const DSL = 'dsl.oakfield@northshire.example';
const OTHER_DSL = 'dsl.millbrook@northshire.example';

test.describe.configure({ timeout: 90_000 });

test('a DSL groups two cases into one event; another school finds nothing of it', async ({
  browser,
  context,
  page,
  baseURL,
}) => {
  await signInAs(context, DSL, baseURL as string);
  const [first, second] = [await sendFreshReport(browser), await sendFreshReport(browser)];
  const title = `Group chat ${Date.now().toString(36)}`;

  await page.goto(`/cases/${first}`);
  const section = page.getByRole('region', { name: 'Same event as other concerns' });
  await expect(section.locator('#new-incident')).toHaveCount(0);
  await section.getByRole('link', { name: 'Group this case with others about the same event' }).click();
  await expect(page).toHaveURL(/action=incident/);
  // The DSL may already see other events: starting a new one is then behind "It is a new event".
  const newEvent = section.getByText('It is a new event');
  if (await newEvent.count()) await newEvent.click();
  await section.getByLabel('A short name for the event').fill(title);
  await section.getByRole('button', { name: 'Start the event' }).click();
  await expect(section).toContainText(`Part of the event ${title}`);
  await expectAccessible(page);

  await page.goto(`/cases/${second}?action=incident`);
  await page.getByRole('radio', { name: title }).check();
  await page.getByRole('button', { name: 'Add to this event' }).click();
  await expect(page.getByRole('region', { name: 'Same event as other concerns' })).toContainText(
    `Part of the event ${title} with 2 cases you can see`,
  );

  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  for (const reference of [first, second]) {
    await expect(page.getByRole('link', { name: reference })).toBeVisible();
  }
  await expectAccessible(page);
  const eventUrl = page.url();

  const other = await browser.newContext();
  await signInAs(other, OTHER_DSL, baseURL as string);
  const otherPage = await other.newPage();
  const response = await otherPage.goto(eventUrl);
  expect(response?.status()).toBe(404);
  await expect(otherPage.getByText(title)).toHaveCount(0);
  await other.close();
});
