// One strict zod schema per child record form (issue 18). A link, an unlink and a merge each need a reason,
// written to the chronology. The school comes from the case or the record, never from the form.
import { z } from 'zod';
import { answersOnly, caseForm, optionalText, text } from '@/lib/cases/case-form-schemas';
import { parseDateInput } from '@/lib/format/dates';
import { parseSchoolYear } from '@/lib/reporting/schemas';

const reason = text(2000, 'Enter the reason', 'The reason must be 2,000 characters or fewer');

export const linkChildSchema = caseForm({
  childId: z.uuid({ error: 'Select the child' }),
  linkReason: reason,
});

export const newChildSchema = caseForm({
  childName: text(
    100,
    'Enter the child’s first name or initials',
    'The name must be 100 characters or fewer',
  ),
  yearGroup: z.string({ error: 'Enter the year group' }).transform((v, ctx) => {
    const year = parseSchoolYear(v);
    if (!(year >= 0 && year <= 13)) {
      ctx.addIssue({ code: 'custom', message: 'Enter Reception or a year from 1 to 13, like Year 5' });
    }
    return year;
  }),
  dateOfBirth: optionalText(20, 'Enter a real date of birth, like 27 3 2016').transform((v, ctx) => {
    if (!v) return undefined;
    const day = parseDateInput(v);
    if (!day || day > new Date()) {
      ctx.addIssue({ code: 'custom', message: 'Enter a real date of birth, like 27 3 2016' });
      return undefined;
    }
    return day.toISOString().slice(0, 10);
  }),
  pupilId: optionalText(40, 'The pupil number must be 40 characters or fewer'),
  newChildReason: reason,
});

export const unlinkChildSchema = caseForm({ unlinkReason: reason });

export const mergeChildSchema = z.preprocess(
  answersOnly,
  z.strictObject({
    childId: z.uuid(),
    version: z.coerce.number().int().min(0).max(1_000_000_000),
    otherId: z.uuid({ error: 'Select the record to merge into this one' }),
    mergeReason: reason,
  }),
);
