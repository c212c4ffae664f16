// Forms for platforms, harm categories and escalation times, shared by pages and server actions.
import { z } from 'zod';
import { PHONE } from '@/lib/actions/text-fields';
import { freeText } from '@/lib/actions/text-fields';
import { reportStepsField, reportUrlField } from './report-route-fields';

const optionalText = (max: number, label: string) =>
  freeText()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .transform((v) => v || null);

const order = z
  .string()
  .trim()
  .regex(/^\d{1,4}$/, 'Enter the position in the list as a whole number, like 10')
  .transform(Number);

/** GOV.UK date input: three boxes, all empty (no date) or a real date not in the future. */
const closedOn = z
  .object({ day: z.string().trim(), month: z.string().trim(), year: z.string().trim() })
  .transform((d, ctx) => {
    if (!d.day && !d.month && !d.year) return null;
    const date = new Date(Date.UTC(Number(d.year), Number(d.month) - 1, Number(d.day)));
    const real =
      /^\d{4}$/.test(d.year) &&
      date.getUTCDate() === Number(d.day) &&
      date.getUTCMonth() === Number(d.month) - 1 &&
      Number(d.year) >= 1990;
    if (!real) {
      ctx.addIssue({ code: 'custom', message: 'Closed on must be a real date, like 8 11 2023' });
      return z.NEVER;
    }
    if (date.getTime() > Date.now()) {
      ctx.addIssue({ code: 'custom', message: 'Closed on must be today or in the past' });
      return z.NEVER;
    }
    return date;
  });

const dateBox = z.string().max(4, 'Closed on must be a real date, like 8 11 2023');

const platformFields = z.strictObject({
  name: freeText().min(1, 'Enter the platform’s name').max(100, 'Name must be 100 characters or fewer'),
  ageRating: optionalText(100, 'Age rating'),
  advice: optionalText(5000, 'Advice'),
  reportUrl: reportUrlField,
  reportSteps: reportStepsField,
  sortOrder: order,
  'closedOn-day': dateBox,
  'closedOn-month': dateBox,
  'closedOn-year': dateBox,
});

function toPlatform(v: z.infer<typeof platformFields>, ctx: z.RefinementCtx) {
  const parsed = closedOn.safeParse({
    day: v['closedOn-day'],
    month: v['closedOn-month'],
    year: v['closedOn-year'],
  });
  if (!parsed.success) {
    ctx.addIssue({ code: 'custom', path: ['closedOn-day'], message: parsed.error.issues[0]!.message });
    return z.NEVER;
  }
  return {
    name: v.name,
    ageRating: v.ageRating,
    advice: v.advice,
    reportUrl: v.reportUrl,
    reportSteps: v.reportSteps,
    sortOrder: v.sortOrder,
    closedOn: parsed.data,
  };
}

const recordId = z.string().regex(/^[0-9a-f-]{36}$/, 'This record no longer exists');

export const platformSchema = platformFields.transform(toPlatform);
export const platformEditSchema = platformFields
  .extend({ id: recordId })
  .transform((v, ctx) => ({ id: v.id, platform: toPlatform(v, ctx) }));

export type PlatformInput = z.infer<typeof platformSchema>;
export const PLATFORM_FIELD_ORDER = [
  'name',
  'ageRating',
  'advice',
  'reportUrl',
  'reportSteps',
  'sortOrder',
  'closedOn-day',
];

/** A partnership shows a national platform to its parents, or hides it. */
export const platformOfferedSchema = z.strictObject({
  platformId: recordId,
  offered: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
});

const harmFields = {
  name: freeText().min(1, 'Enter the category’s name').max(100, 'Name must be 100 characters or fewer'),
  hint: optionalText(300, 'Hint'),
  sortOrder: order,
  active: z
    .enum(['yes', 'no'], { error: 'Select whether parents can choose it' })
    .transform((v) => v === 'yes'),
};

export const harmCategorySchema = z.strictObject(harmFields);
export const harmCategoryEditSchema = z.strictObject({ ...harmFields, id: recordId });

export type HarmCategoryInput = z.infer<typeof harmCategorySchema>;
export const HARM_FIELD_ORDER = ['name', 'hint', 'sortOrder', 'active'];

export const escalationSchema = z.strictObject({
  escalateUrgentAfterMinutes: z
    .string()
    .trim()
    .regex(/^\d{1,4}$/, 'Enter the minutes as a whole number, like 60')
    .transform(Number)
    .refine((n) => n >= 5 && n <= 1440, 'Minutes must be between 5 and 1,440 (one day)'),
  escalateAfterSchoolDays: z
    .string()
    .trim()
    .regex(/^\d{1,2}$/, 'Enter the school days as a whole number, like 1')
    .transform(Number)
    .refine((n) => n >= 1 && n <= 10, 'School days must be between 1 and 10'),
  /** Given to a parent whose report is urgent; empty for none (the parent is told to call 999). */
  outOfHoursPhone: z.preprocess(
    (v) => v ?? '',
    z
      .string()
      .trim()
      .refine((v) => v === '' || PHONE.test(v), 'Enter a phone number, like 01632 960 001')
      .transform((v) => v || null),
  ),
});

export type EscalationInput = z.infer<typeof escalationSchema>;
