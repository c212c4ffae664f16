import { z } from 'zod';
import { freeText } from '@/lib/actions/text-fields';

const fields = {
  title: freeText()
    .min(1, 'Enter a short name for staff')
    .max(80, 'The short name must be 80 characters or fewer'),
  body: freeText()
    .min(1, 'Enter the message parents will read')
    .max(600, 'The message must be 600 characters or fewer'),
  active: z
    .enum(['yes', 'no'], { error: 'Select whether staff can choose it' })
    .transform((v) => v === 'yes'),
};

export const closingMessageSchema = z.strictObject(fields);
export const closingMessageEditSchema = z.strictObject({
  ...fields,
  id: z.string().regex(/^[0-9a-f-]{36}$/, 'This message no longer exists'),
});

export type ClosingMessageInput = z.infer<typeof closingMessageSchema>;
