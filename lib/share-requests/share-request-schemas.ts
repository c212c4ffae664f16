// The share request forms' schemas, shared by the pages and the actions. No 'server-only': the browser
// runs the same schemas.
import { z } from 'zod';
import { answersOnly, caseForm, text } from '@/lib/cases/case-form-schemas';

const uuid = z.string().regex(/^[0-9a-f-]{36}$/, 'This record no longer exists');

/** The front door asks the schools of a pattern to share: one short note for every request. */
export const shareRequestSchema = z.preprocess(
  answersOnly,
  z.strictObject({
    patternId: uuid,
    note: text(500, 'Enter a short note for the schools', 'The note must be 500 characters or fewer'),
  }),
);

/** A DSL's answer to a request on the case page: share or not, with the reason either way. */
export const shareAnswerSchema = caseForm({
  requestId: uuid,
  answer: z.enum(['ACCEPTED', 'REFUSED'], { error: 'Choose whether to share this case' }),
  reason: text(1000, 'Enter the reason', 'The reason must be 1000 characters or fewer'),
});
