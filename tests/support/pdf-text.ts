// The text a reader gets out of a PDF, by poppler's pdftotext (npm test installs poppler-utils, see
// scripts/lib/debian-package.ts), with runs of whitespace and line breaks folded into single spaces.
import { spawnSync } from 'node:child_process';
import { expect } from 'vitest';

export function pdfText(pdf: Buffer): string {
  const result = spawnSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  if (result.error || result.status !== 0)
    throw new Error(
      `pdftotext failed (${result.error?.message ?? result.stderr}): install poppler-utils (apt-get install poppler-utils) or run the tests through npm test.`,
    );
  return result.stdout.replace(/\s+/g, ' ').trim();
}

const RTL = /\p{Script=Arabic}/u;

/**
 * Every piece of `stored` is in the PDF's text: left-to-right stretches whole, Arabic-script words one by
 * one. pdftotext gives each Arabic-script word back letter for letter and in reading order (from its
 * ActualText, see lib/pdf/create-pdf.ts), but on a line of its own.
 */
export function expectAllOf(text: string, stored: string): void {
  const words = stored.split(' ');
  const ltr = words.map((w) => (RTL.test(w) ? '\n' : w)).join(' ');
  for (const stretch of ltr
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean))
    expect(text).toContain(stretch);
  for (const word of words.filter((w) => RTL.test(w))) expect(text).toContain(word);
}
