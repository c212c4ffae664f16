// Issue 20, "Not happy with how your report was handled?": a parent signed in to follow up asks the
// partnership to look at their report again. A post without the follow-up session is refused and stores
// nothing. The front door finds the case on its list, reads the parent's reason and finishes the review;
// Oakfield's DSL sees that a review was asked for, never the reason; the parent sees it was looked at.
// A fresh report of this spec's own.
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { query } from './e2e-db';
import { expectAccessible } from './fixtures';
import { postForm, reactFields } from './no-js-form';
import { reportAConcern } from './report-journey';
import { signInAs } from './sign-in';

const REASON = 'Nobody got back to me after two weeks.';
const OUTCOME = 'Checked with the school: they did act, and will write to the parent.';

async function checkReport(page: Page, sent: { reference: string; receipt: string }) {
  await page.goto('/check');
  await page.getByLabel('Reference').fill(sent.reference);
  await page.getByLabel('Secret code').fill(sent.receipt);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
}

const reviewsOf = async (reference: string) =>
  (
    await query<{ status: string }>(
      `SELECT r.status FROM "ReviewRequest" r JOIN "Concern" c ON c.id = r."concernId" WHERE c.reference = $1`,
      [reference],
    )
  ).map((r) => r.status);

test('a parent asks for a review; the front door reads it and finishes it; the DSL sees a notice', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  const sent = await reportAConcern(page);
  await checkReport(page, sent);
  const section = page.locator('#review');
  await expect(
    section.getByRole('heading', { name: 'Not happy with how your report was handled?' }),
  ).toBeVisible();
  await expectAccessible(page);

  // The same form posted by a browser with no follow-up session: sent to sign in, nothing stored.
  const stranger = await browser.newContext();
  const refused = await postForm(stranger.request, '/check/concern', [
    ...reactFields(await page.content(), 'reason'),
    ['reason', 'Not my report'],
  ]);
  // Sent to /check to sign in, or refused outright by the framework (a post from no page of ours): never
  // an error page, and nothing stored either way (the session check itself: review-requests.test.ts).
  expect(refused.status()).toBeLessThan(500);
  if (refused.status() < 400) expect(refused.headers().location).toMatch(/\/check$/);
  await stranger.close();
  expect(await reviewsOf(sent.reference)).toEqual([]);

  await section.getByLabel('What are you unhappy about? (optional)').fill(REASON);
  await section.getByRole('button', { name: 'Ask for my report to be looked at again' }).click();
  await expect(page.locator('#review-status')).toContainText(
    'You asked the partnership to look at your report again on',
  );
  await expect(page.locator('#review-status')).toContainText('They are looking at it now.');
  await expect(section.getByRole('button', { name: 'Ask for my report to be looked at again' })).toHaveCount(
    0,
  );
  await expectAccessible(page);
  expect(await reviewsOf(sent.reference)).toEqual(['OPEN']);

  const signedIn = async (email: string): Promise<BrowserContext> => {
    const context = await browser.newContext();
    await signInAs(context, email, baseURL as string);
    return context;
  };

  // Oakfield's DSL: a notice on the case, the chronology entry, never the parent's reason.
  const oakfield = await signedIn('dsl.oakfield@northshire.example');
  const dsl = await oakfield.newPage();
  await dsl.goto('/cases');
  await expect(dsl.locator('tr', { hasText: sent.reference })).toContainText('Review asked for');
  await dsl.getByRole('link', { name: sent.reference }).click();
  await expect(dsl.getByText('The parent asked the partnership to look again')).toBeVisible();
  await expect(dsl.getByText(REASON)).toHaveCount(0);
  await expectAccessible(dsl);

  // The front door: the case on its list, the reason, and the form to finish the review.
  const frontDoorContext = await signedIn('frontdoor@northshire.example');
  const frontDoor = await frontDoorContext.newPage();
  await frontDoor.goto('/cases');
  const reviews = frontDoor.getByTestId('reviews-asked-for');
  await expect(reviews).toContainText(sent.reference);
  await expectAccessible(frontDoor);
  await reviews.getByRole('link', { name: sent.reference }).click();
  await expect(frontDoor.getByText('Review asked for by the parent')).toBeVisible();
  await expect(frontDoor.getByText(REASON)).toBeVisible();
  await expectAccessible(frontDoor);
  await frontDoor.getByLabel('What you found').fill(OUTCOME);
  await frontDoor.getByRole('button', { name: 'Finish the review' }).click();
  // The form goes once the review is finished: the review says when, with what was found.
  await expect(frontDoor.locator('#reviews')).toContainText(`: ${OUTCOME}`);
  await frontDoor.reload();
  await expect(frontDoor.locator('#reviews')).toContainText('Finished on');
  await expect(frontDoor.getByRole('button', { name: 'Finish the review' })).toHaveCount(0);
  // Its reads were recorded as review access.
  const actions = await query<{ action: string }>(
    `SELECT a.action FROM "AuditEntry" a JOIN "Concern" c ON c.id = a."concernId" WHERE c.reference = $1`,
    [sent.reference],
  );
  expect(actions.map((a) => a.action)).toEqual(
    expect.arrayContaining(['concern.review.view', 'concern.review.finish']),
  );
  await frontDoorContext.close();
  await oakfield.close();

  // The parent: it was looked at again, never what the front door wrote.
  await page.reload();
  await expect(page.locator('#review-status')).toContainText('The partnership has looked at it again.');
  await expect(page.getByText(OUTCOME)).toHaveCount(0);
  await expectAccessible(page);
});
