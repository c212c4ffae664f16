// For admin form tests on a shared two-core machine: a patient expect, and typing that waits for hydration.
import { expect as baseExpect, type Page } from '@playwright/test';

// Server actions on a shared two-core machine can take more than the default five seconds.
export const expect = baseExpect.configure({ timeout: 20_000 });

/**
 * Types into a field once the page has hydrated: on a busy machine a click can post the form before React
 * starts (a plain POST, as without JavaScript), and hydrating the answer page resets what was typed early.
 */
export async function type(page: Page, label: string, value: string) {
  await expect(page.locator('body')).toHaveClass(/govuk-frontend-supported/);
  await page.getByLabel(label).fill(value);
  await expect(page.getByLabel(label)).toHaveValue(value);
  // GOV.UK's button ignores a second click within a second of the first (data-prevent-double-click): on a
  // quiet machine the error comes back faster than that, and a person takes longer to correct an answer.
  await page.waitForTimeout(1_100);
}
