// The forms of a partnership leaving the service, shared by pages and server actions.
import { z } from 'zod';
import { freeText, isUuid } from '@/lib/actions/text-fields';

export const REASON_MAX = 1000;

export const askToLeaveSchema = z.strictObject({
  confirmName: freeText()
    .min(1, 'Enter the partnership’s name')
    .max(200, 'The name must be 200 characters or fewer'),
  reason: freeText()
    .min(1, 'Enter why the partnership is leaving')
    .max(REASON_MAX, `The reason must be ${REASON_MAX} characters or fewer`),
});

const requestId = z.string().trim().refine(isUuid, 'This request no longer exists');

export const confirmLeaveSchema = z.strictObject({ requestId });

export const refuseLeaveSchema = z.strictObject({
  requestId,
  refusalReason: freeText()
    .min(1, 'Enter why the request is refused')
    .max(REASON_MAX, `The reason must be ${REASON_MAX} characters or fewer`),
});

export type AskToLeaveInput = z.infer<typeof askToLeaveSchema>;
