// The retention forms, shared by pages and server actions.
import { z } from 'zod';
import { freeText } from '@/lib/actions/text-fields';
import { normaliseCode } from '@/lib/concerns/codes';
import { RETENTION_LIMITS } from './retention-policy';

const whole = (label: string, example: number, limits: { min: number; max: number }) =>
  z
    .string()
    .trim()
    .min(1, `Enter ${label}`)
    .regex(/^\d{1,3}$/, `Enter ${label} as a whole number, like ${example}`)
    .transform(Number)
    .refine(
      (n) => n >= limits.min && n <= limits.max,
      `${label[0]!.toUpperCase()}${label.slice(1)} must be between ${limits.min} and ${limits.max}`,
    );

export const retentionPolicySchema = z.strictObject({
  keepUntilChildAge: whole('the age', 25, RETENTION_LIMITS.keepUntilChildAge),
  yearsAfterClosure: whole('the years after closing', 7, RETENTION_LIMITS.yearsAfterClosure),
  auditYears: whole('the years to keep the audit trail', 7, RETENTION_LIMITS.auditYears),
  /** Present once the administrator has seen what the change would do and confirmed it. */
  confirmed: z.literal('yes').optional(),
});

export type RetentionPolicyInput = z.infer<typeof retentionPolicySchema>;

export const REFERENCE_MAX = 20;

// Any case, spaces or dashes anywhere, as people copy references from letters and emails.
const reference = z
  .string()
  .trim()
  .min(1, 'Enter the concern’s reference')
  .max(REFERENCE_MAX, `The reference must be ${REFERENCE_MAX} characters or fewer`)
  .transform((v, ctx) => {
    const code = normaliseCode(v, 8);
    if (!code)
      ctx.addIssue({ code: 'custom', message: 'Enter the reference as it is written, like K7PQ-2MXD' });
    return code ?? '';
  });

export const legalHoldSchema = z.strictObject({
  reference,
  reason: freeText()
    .min(1, 'Enter why the concern must be kept')
    .max(500, 'The reason must be 500 characters or fewer'),
});

export const clearLegalHoldSchema = z.strictObject({
  reference,
  reason: freeText()
    .min(1, 'Enter why the hold can end')
    .max(500, 'The reason must be 500 characters or fewer'),
});

export const subjectAccessSchema = z.strictObject({ reference });
