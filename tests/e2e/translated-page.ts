// What every translated public page must not show: a message key (report.child.title) in place of words,
// or an English sentence left untranslated. For the language specs (tests/e2e/languages.spec.ts; the
// Welsh spec's own copies can move here).
import { expect, type Page } from '@playwright/test';

/** A message key is dotted lower camel case; a sentence in any language never looks like one. */
const MESSAGE_KEY =
  /\b(?:layout|report|answers|errors|done|noCode|confirmation|nextSteps|proof|checkReport|check|followUp|notices|review|harms|start|advice|accessibility|privacy|notFound)\.[a-z][A-Za-z]*(?:\.[A-Za-z_]+)*\b/;

/** English sentences from the translated pages: none may show on a page in another language. */
const ENGLISH_SENTENCES = [
  'Exit this page',
  'Is a child in danger right now?',
  'Which school does the child go to?',
  'About the child',
  'Where did it happen?',
  'What happened?',
  'Tell us what happened',
  'About you',
  'Check your answers before sending',
  'Report sent',
  'What happens next',
  'What you can do now',
  'Keep a note of what happened',
  'You do not have to answer this.',
  'We will never open a link you give us.',
  'There is a problem',
  // A national kind of harm (reference data, translated in the catalogue's `harms`).
  'Saw sexual pictures or videos',
  // A platform's reporting steps (operator's data, in English): shown on English pages only.
  'Tap Report.',
];

/** Web addresses shown as text (report.iwf.org.uk) look like message keys: taken out before the check. */
const WEB_ADDRESS = /\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:org|com|gov|uk)\b/g;

export async function expectNoKeysOrEnglish(page: Page) {
  const text = await page.locator('main').innerText();
  expect(text.replace(WEB_ADDRESS, '')).not.toMatch(MESSAGE_KEY);
  expect(await page.title()).not.toMatch(MESSAGE_KEY);
  for (const sentence of ENGLISH_SENTENCES) expect(text).not.toContain(sentence);
}
