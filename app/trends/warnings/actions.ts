'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { warningIdSchema, warningSchema } from '@/lib/warnings/warning-schema';
import { insertWarning } from '@/lib/warnings/insert-warning';
import { setWarningPublication } from '@/lib/warnings/set-warning-publication';
import { requirePartnership } from '@/lib/auth/require-partnership';

const authorise = () => requirePartnership('warnings.manage');

export const createWarning = defineAction({
  name: 'warning.create',
  schema: warningSchema,
  authorise,
  run: async (input, { user, partnershipId }) => {
    await insertWarning(user.id, partnershipId, input);
    redirect('/trends/warnings');
  },
});

export const changeWarningPublication = defineAction({
  name: 'warning.publication',
  schema: warningIdSchema,
  authorise,
  run: async (input, { user, partnershipId }) => {
    await setWarningPublication(user.id, partnershipId, input);
    revalidatePath('/trends/warnings');
    return {
      ok: true,
      message: input.change === 'publish' ? 'The warning is published' : 'The warning is withdrawn',
    };
  },
});
