'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { alertIdSchema, alertSchema } from '@/lib/alerts/alert-schema';
import { insertAlert } from '@/lib/alerts/insert-alert';
import { setAlertPublication } from '@/lib/alerts/set-alert-publication';
import { requirePartnership } from '@/lib/auth/require-partnership';

const authorise = () => requirePartnership('alerts.manage');

export const createAlert = defineAction({
  name: 'alert.create',
  schema: alertSchema,
  authorise,
  run: async (input, { user, partnershipId }) => {
    await insertAlert(user.id, partnershipId, input);
    redirect('/trends/alerts');
  },
});

export const changeAlertPublication = defineAction({
  name: 'alert.publication',
  schema: alertIdSchema,
  authorise,
  run: async (input, { user, partnershipId }) => {
    await setAlertPublication(user.id, partnershipId, input);
    revalidatePath('/trends/alerts');
    return {
      ok: true,
      message: input.change === 'publish' ? 'The alert is published' : 'The alert is withdrawn',
    };
  },
});
