// What every translated public page must not show: a message key (report.child.title) in place of words,
// or an English sentence left untranslated. For the language specs (tests/e2e/languages.spec.ts; the
// Welsh spec's own copies can move here).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';

/**
 * A message key is dotted lower camel case under one of the catalogue's own sections (read from the English
 * catalogue, so a new section is covered); a sentence in any language never looks like one.
 */
const SECTIONS = Object.keys(
  JSON.parse(readFileSync(resolve('messages', 'en.json'), 'utf8')) as Record<string, unknown>,
);
const MESSAGE_KEY = new RegExp(`\\b(?:${SECTIONS.join('|')})\\.[a-z][A-Za-z]*(?:\\.[A-Za-z_]+)*\\b`);

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
  // The error pages and the letter to parents (catalogue errorPage, warningLetter).
  'Sorry, that was not saved',
  'Sorry, there is a problem with the service',
  'Dear parent or carer',
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
