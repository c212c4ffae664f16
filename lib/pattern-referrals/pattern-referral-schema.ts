// The front door's form for referring a pattern to the police or CEOP, shared by the page and the action.
// No 'server-only': the browser runs the same schema.
import { z } from 'zod';
import { answersOnly, optionalText, text } from '@/lib/cases/case-form-schemas';

/** `referralPatternId`: the share request form on the same page has its own `patternId` field. */
export const patternReferralSchema = z.preprocess(
  answersOnly,
  z.strictObject({
    referralPatternId: z.string().regex(/^[0-9a-f-]{36}$/, 'This record no longer exists'),
    agency: z.enum(['POLICE', 'CEOP'], { error: 'Choose who you referred it to' }),
    referredTo: text(
      200,
      'Enter the force or team you referred it to',
      'This must be 200 characters or fewer',
    ),
    theirReference: optionalText(100, 'Their reference must be 100 characters or fewer'),
  }),
);
