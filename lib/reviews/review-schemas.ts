// The front door's "finish the review" form, shared by the case page and its action. No 'server-only':
// the browser runs the same schema.
import { z } from 'zod';
import { caseForm, text } from '@/lib/cases/case-form-schemas';

export const REVIEW_OUTCOME_MAX = 2000;

export const finishReviewSchema = caseForm({
  reviewId: z.string().regex(/^[0-9a-f-]{36}$/, 'This review no longer exists'),
  outcome: text(
    REVIEW_OUTCOME_MAX,
    'Enter what you found',
    'What you found must be 2,000 characters or fewer',
  ),
});
