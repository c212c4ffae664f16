// Right-to-left pages (Urdu, Arabic) mirror every GOV.UK component the public pages use: each one that
// GOV.UK Frontend places with a physical left or right has a [dir=rtl] rule in the compiled stylesheet.
// And Urdu's font comes from the device: nothing is downloaded.
import { fileURLToPath } from 'node:url';
import * as sass from 'sass';
import { describe, expect, it } from 'vitest';

const css = sass.compile(fileURLToPath(new URL('../../app/globals.scss', import.meta.url)), {
  // Next.js finds GOV.UK Frontend by its package name; here it is named the same way.
  importers: [
    {
      findFileUrl: (url) =>
        url === 'govuk-frontend'
          ? new URL('../../node_modules/govuk-frontend/dist/govuk/index.scss', import.meta.url)
          : null,
    },
  ],
  silenceDeprecations: ['import', 'global-builtin', 'mixed-decls', 'color-functions'],
  logger: sass.Logger.silent,
}).css;

const mirrored = (selector: string) =>
  new RegExp(`\\[dir=rtl\\][^{]*\\${selector}[^{]*\\{[^}]*(left|right|transform|float)`).test(css);

describe('right-to-left styles', () => {
  it.each([
    '.govuk-back-link',
    '.govuk-radios__label::before',
    '.govuk-checkboxes__label::before',
    '.govuk-radios__conditional',
    '.govuk-summary-list__actions',
    '.govuk-inset-text',
    '.govuk-warning-text__icon',
    '.govuk-warning-text__text',
    '.govuk-form-group--error',
    '.govuk-exit-this-page',
    '.govuk-button-group .govuk-button',
    '.govuk-list--bullet',
  ])('mirror %s', (selector) => {
    expect(mirrored(selector)).toBe(true);
  });

  it('give Urdu a Nastaliq font from the device, with no font downloaded', () => {
    expect(css).toMatch(/:lang\(ur\)[^{]*\{\s*font-family:\s*"Noto Nastaliq Urdu"/);
    expect(css).not.toMatch(/@font-face/);
    expect(css).not.toMatch(/url\(["']?https?:/);
  });
});
