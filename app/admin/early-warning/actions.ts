'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requirePartnership } from '@/lib/auth/require-partnership';
import {
  nationalEarlyWarningSchema,
  saveNationalEarlyWarning,
} from '@/lib/trends/national-early-warning-setting';

export const saveNationalEarlyWarningAction = defineAction({
  name: 'partnership.national-early-warning.update',
  schema: nationalEarlyWarningSchema,
  authorise: () => requirePartnership('reference-data.manage'),
  run: async ({ nationalEarlyWarning }, { user, partnershipId }) => {
    await saveNationalEarlyWarning(user.id, partnershipId, nationalEarlyWarning);
    revalidatePath('/admin/early-warning');
    return {
      ok: true,
      message: nationalEarlyWarning
        ? 'Your trends team will be emailed about rises in other areas'
        : 'Your trends team will not be emailed about rises in other areas',
    };
  },
});
