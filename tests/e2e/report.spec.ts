import { expect, test } from '@playwright/test';
import { expectAccessible, recordForeignRequests } from './fixtures';
import { reportAConcern, schoolSearchBox } from './report-journey';

/** Form posts (server actions included) the page sends, to prove a check happened in the browser. */
function recordPosts(page: import('@playwright/test').Page): string[] {
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST') posts.push(request.url());
  });
  return posts;
}

test.describe('reporting a concern with JavaScript', () => {
  test('goes from start to confirmation, every page accessible, nothing sent elsewhere', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const foreign = recordForeignRequests(page, baseURL as string);
    const sent = await reportAConcern(page, { urgent: true, anonymous: false, scan: true });
    // A refresh shows the same confirmation; the answers are not in the address bar.
    await page.reload();
    await expect(page.getByTestId('reference')).toHaveText(sent.reference);
    await expect(page.getByTestId('receipt')).toHaveText(sent.receipt);
    expect(page.url()).not.toContain(sent.receipt);
    await expect(page.getByRole('button', { name: 'Print this page' })).toBeVisible();
    // Typing back the end of the code finishes, and forgets the code on this device.
    await page
      .getByLabel('Type the last 4 letters and numbers of your secret code')
      .fill(sent.receipt.slice(-4));
    await page.getByRole('button', { name: 'Check my code' }).click();
    await expect(page.getByRole('heading', { name: 'You have finished' })).toBeVisible();
    await page.goto('/report/confirmation');
    await expect(page.getByTestId('receipt')).toHaveCount(0);
    expect(foreign).toEqual([]);
  });

  test('shows an error summary and a message at each field, keeping the answers', async ({ page }) => {
    test.slow();
    const posts = recordPosts(page);
    await page.goto('/report/danger');
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toContainText('Select yes if a child is in danger right now');
    await expect(summary).toBeFocused();
    await expect(page.locator('#immediateDanger-error')).toContainText(
      'Select yes if a child is in danger right now',
    );
    // Checked in the browser with the server's schema: nothing was sent.
    expect(posts).toEqual([]);
    await expectAccessible(page);
    // Answering clears the message at once, before the form is sent again.
    await page.getByLabel('No', { exact: true }).check();
    await expect(summary).toHaveCount(0);
    await expect(page.locator('#immediateDanger-error')).toHaveCount(0);
    await page.getByRole('button', { name: 'Continue' }).click();
    await (await schoolSearchBox(page)).fill('oak');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByLabel('The child is not at school').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { name: 'About the child' })).toBeVisible();
    posts.length = 0;
    await page.getByLabel('Their first name or initials (optional)').fill('Sam');
    await page.getByLabel('How old are they?').fill('nine');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(summary.getByRole('link', { name: 'Age must be a number, like 9' })).toBeVisible();
    await expect(page.locator('#childAge-error')).toContainText('Age must be a number, like 9');
    await expect(page.getByLabel('Their first name or initials (optional)')).toHaveValue('Sam');
    expect(posts).toEqual([]);
    await expectAccessible(page);
    // The summary's link takes the parent to the field.
    await summary.getByRole('link', { name: 'Age must be a number, like 9' }).click();
    await expect(page.getByLabel('How old are they?')).toBeFocused();
    await page.getByLabel('How old are they?').fill('9');
    await expect(page.locator('#childAge-error')).toHaveCount(0);
    await expect(summary).toHaveCount(0);
  });

  test('still shows the errors only the server can find', async ({ page }) => {
    await page.goto('/report/platforms');
    await page.getByLabel('Something else').check();
    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toContainText('Enter the name of the app, game or website');
    await expect(summary).toBeFocused();
    await expect(page.locator('#platformOther-error')).toContainText(
      'Enter the name of the app, game or website',
    );
    await expect(page.getByLabel('Something else')).toBeChecked();
  });

  test('can be done with the keyboard alone through the first pages', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start now' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Is a child in danger right now?' })).toBeVisible();
    await page.getByLabel('Yes', { exact: true }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.getByLabel('No', { exact: true })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Continue' })).toBeFocused();
    await page.keyboard.press('Enter');
    const search = await schoolSearchBox(page);
    await search.focus();
    await page.keyboard.type('Millbrook');
    await page.keyboard.press('Enter');
    await expect(page.getByText('schools match “Millbrook”')).toBeVisible();
  });

  test('fits a 320 pixel wide phone on every question page', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    for (const path of [
      '/',
      '/report/danger',
      '/report/school',
      '/report/images',
      '/check',
      '/advice',
      '/privacy',
    ]) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });

  test('public information pages pass an accessibility scan and offer "Exit this page"', async ({ page }) => {
    // Five axe scans: more than 30 seconds on a busy two-core machine.
    test.slow();
    for (const path of ['/advice', '/accessibility', '/privacy', '/check', '/report/try-later']) {
      await page.goto(path);
      await expect(page.getByRole('button', { name: 'Emergency Exit this page' })).toBeVisible();
      await expectAccessible(page);
    }
  });
});

test.describe('reporting a concern without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('works end to end, then follow-up shows status and takes a reply', async ({ page }) => {
    test.slow();
    // axe needs JavaScript in the page: the tests with JavaScript scan these same pages.
    const sent = await reportAConcern(page, {
      description: '<script>alert(1)</script> & <b>bold</b>',
      javaScript: false,
    });
    await page.goto('/check');
    await page.getByLabel('Reference').fill(sent.reference.toLowerCase());
    await page.getByLabel('Secret code').fill(sent.receipt.replaceAll('-', ' '));
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
    await expect(page.getByText('Received', { exact: true })).toBeVisible();
    expect(page.url()).not.toContain(sent.receipt);
    await page.getByLabel('Send a message to the safeguarding team').fill('He messaged again <b>today</b>.');
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByText('Your message has been sent to the safeguarding team.')).toBeVisible();
    await expect(page.getByText('He messaged again <b>today</b>.')).toBeVisible();
    await page.getByRole('button', { name: 'Finish and leave' }).click();
    await page.goto('/check/concern');
    await expect(page.getByRole('heading', { name: 'Check or add to a report' })).toBeVisible();
  });

  test('refuses a wrong secret code with an error summary', async ({ page }) => {
    await page.goto('/check');
    await page.getByLabel('Reference').fill('BBBB-CCCC');
    await page.getByLabel('Secret code').fill('2222-3333-4444-5555');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'The reference or secret code is not right',
    );
    await expect(page.getByLabel('Secret code')).toHaveValue('');
  });
});

test.describe('following up a report with JavaScript', () => {
  test('reads the status, replies and adds information; a wrong code is refused', async ({ page }) => {
    test.slow();
    const sent = await reportAConcern(page);
    await page.goto('/check');
    await page.getByLabel('Reference').fill(sent.reference);
    await page.getByLabel('Secret code').fill('2222-3333-4444-5555');
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'The reference or secret code is not right',
    );
    await expectAccessible(page);
    await page.getByLabel('Secret code').fill(sent.receipt);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your report' })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel('Send a message to the safeguarding team').fill('Thank you for reading this.');
    await page.getByRole('button', { name: 'Send message' }).click();
    await expect(page.getByText('Thank you for reading this.')).toBeVisible();
    await page.getByLabel('Add something to your report').fill('It happened again last night.');
    await page.getByRole('button', { name: 'Add to my report' }).click();
    await expect(page.getByText('Thank you. We have added this to your report.')).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe('bad requests to the public forms', () => {
  /** The hidden fields React puts in a no-JavaScript form, so a test can post like a browser or a bot. */
  async function formFields(page: import('@playwright/test').Page, path: string) {
    await page.goto(path);
    const fields: Record<string, string> = {};
    for (const input of await page.locator('form input[type=hidden]').all()) {
      const name = await input.getAttribute('name');
      if (name) fields[name] = (await input.getAttribute('value')) ?? '';
    }
    return fields;
  }

  test('a file part is refused with a clear message and nothing is saved', async ({ page, baseURL }) => {
    const fields = await formFields(page, '/report/description');
    const response = await page.request.post(`${baseURL}/report/description`, {
      headers: { Origin: baseURL as string },
      multipart: {
        ...fields,
        description: 'A description',
        evidence: { name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from([0xff, 0xd8, 0xff]) },
      },
    });
    const html = await response.text();
    expect(html).toContain(
      'This service does not take pictures, videos or other files, and nothing was saved.',
    );
    await page.goto('/report/description');
    await expect(page.getByLabel('Tell us what happened')).toHaveValue('');
  });

  test('an oversized form is refused before anything runs', async ({ page, baseURL }) => {
    const fields = await formFields(page, '/report/description');
    const response = await page.request.post(`${baseURL}/report/description`, {
      headers: { Origin: baseURL as string },
      multipart: { ...fields, description: 'x'.repeat(300_000) },
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain('Sorry, we could not take that');
    await page.goto('/report/description');
    await expect(page.getByLabel('Tell us what happened')).toHaveValue('');
  });

  test('an over-long description typed in the browser is caught at once, with the count', async ({
    page,
  }) => {
    const posts = recordPosts(page);
    await page.goto('/report/description');
    const description = page.getByLabel('Tell us what happened');
    await description.fill('x'.repeat(5001));
    await expect(page.getByText('You have 1 character too many').first()).toBeVisible();
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect(page.locator('.govuk-error-summary')).toContainText(
      'Description must be 5,000 characters or fewer',
    );
    await expect(page.locator('#description-error')).toContainText(
      'Description must be 5,000 characters or fewer',
    );
    expect(posts).toEqual([]);
    await description.press('Backspace');
    await expect(page.locator('.govuk-error-summary')).toHaveCount(0);
    await expect(page.locator('#description-error')).toHaveCount(0);
  });
});
