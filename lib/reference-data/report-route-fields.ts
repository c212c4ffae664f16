// A platform's own reporting route, as data: the link to its help centre's reporting page and two or three
// plain steps. The operator keeps the national route (reference-data-schema.ts); a partnership may write its
// own (lib/warnings/advice-schema.ts). No 'server-only': the browser runs the same schemas.
import { z } from 'zod';
import { hasVisibleText, isHttpsUrl } from '@/lib/actions/text-fields';

export const MAX_REPORT_URL = 500;
export const MAX_REPORT_STEP = 200;

/** Empty or left out: no link (a partnership's empty link follows the national one). */
export const reportUrlField = z.preprocess(
  (v) => v ?? '',
  z
    .string()
    .trim()
    .max(MAX_REPORT_URL, `The link must be ${MAX_REPORT_URL} characters or fewer`)
    .refine(
      (v) => v === '' || isHttpsUrl(v),
      'Enter the full address of the platform’s reporting page, starting with https://',
    )
    // Stored as the browser reads it: scheme and host in lower case.
    .transform((v) => (v ? new URL(v).href : null)),
);

const UNUSUAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** One step a line; blank lines dropped. None at all, or two or three. */
export const reportStepsField = z.preprocess(
  (v) => v ?? '',
  z
    .string()
    .max(1000, 'Enter two or three steps, each on its own line')
    .transform((v) =>
      v
        .split(/\r?\n|\r/)
        .map((line) => line.trim())
        .filter(hasVisibleText),
    )
    .refine((steps) => steps.length === 0 || steps.length === 2 || steps.length === 3, {
      message: 'Enter two or three steps, each on its own line',
      abort: true,
    })
    .refine(
      (steps) => steps.every((s) => s.length <= MAX_REPORT_STEP),
      `Each step must be ${MAX_REPORT_STEP} characters or fewer`,
    )
    .refine((steps) => !steps.some((s) => UNUSUAL.test(s)), 'Remove the unusual characters'),
);

/** The steps as the form's text box shows them. */
export const stepsAsText = (steps: string[]) => steps.join('\n');
