import { z } from 'zod';
import { freeText } from '@/lib/actions/text-fields';
import { reportStepsField, reportUrlField } from '@/lib/reference-data/report-route-fields';

const optionalText = (max: number, label: string) =>
  freeText()
    .max(max, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`)
    .refine((v) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(v), 'Remove the unusual characters')
    .default('');

export const adviceSchema = z.strictObject({
  platform: z.string().min(1).max(60),
  advice: optionalText(5000, 'What parents should know'),
  privacyAdvice: optionalText(3000, 'Privacy settings'),
  reportingAdvice: optionalText(3000, 'How to report'),
  reportUrl: reportUrlField,
  reportSteps: reportStepsField,
});
