'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { askToLeave } from '@/lib/partnership-leave/ask-to-leave';
import { askToLeaveSchema } from '@/lib/partnership-leave/leave-schema';

export const askToLeaveAction = defineAction({
  name: 'partnership.leave.request',
  schema: askToLeaveSchema,
  authorise: () => requirePermission('partnership.leave'),
  run: async (input, user) => {
    await askToLeave(user, partnershipFor(user, 'partnership.leave'), input);
    revalidatePath('/admin/leave');
    redirect('/admin/leave?sent=request');
  },
});
