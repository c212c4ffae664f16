// After sending, the parent is told what they can do now, from their answers: report it on the platform
// too, tell CEOP about a stranger, keep a note without keeping images. The journey's answers: Snapchat, and
// "contacted by someone they do not know".
import { expect, test } from '@playwright/test';
import { expectAccessible } from './fixtures';
import { reportAConcern } from './report-journey';

test('the confirmation lists the next steps that fit the answers, and only those', async ({ page }) => {
  test.slow();
  await reportAConcern(page);
  const steps = page.getByTestId('next-steps');
  await expect(steps.getByRole('heading', { name: 'Report it to Snapchat too' })).toBeVisible();
  await expect(steps.getByRole('link', { name: 'Our advice about Snapchat' })).toHaveAttribute(
    'href',
    '/advice/snapchat',
  );
  // Snapchat's own reporting route, from the platform's record (seeded: lib/demo/demo-report-routes.ts).
  const snapchat = steps.getByTestId('platform-step-snapchat');
  const reportLink = snapchat.getByRole('link', { name: 'Go to Snapchat’s page for reporting' });
  await expect(reportLink).toHaveAttribute('href', 'https://values.snap.com/safety/safety-reporting');
  await expect(reportLink).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(snapchat.getByRole('listitem')).toHaveText([
    'Press and hold the Snap, the chat message or the person’s name.',
    'Tap Report.',
    'Pick what is wrong and send the report.',
  ]);
  await expect(steps.getByRole('link', { name: 'ceop.police.uk' })).toBeVisible();
  await expect(steps.getByRole('heading', { name: 'Keep a note of what happened' })).toBeVisible();
  // Nothing in the answers was about the child's own pictures or sexual images seen.
  await expect(steps.getByText('Report Remove')).toHaveCount(0);
  await expect(steps.getByRole('link', { name: 'report.iwf.org.uk' })).toHaveCount(0);
  await expectAccessible(page);
});
