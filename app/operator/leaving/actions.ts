'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requirePermission } from '@/lib/auth/session';
import { confirmLeave, refuseLeave } from '@/lib/partnership-leave/decide-leave';
import { confirmLeaveSchema, refuseLeaveSchema } from '@/lib/partnership-leave/leave-schema';

export const confirmLeaveAction = defineAction({
  name: 'partnership.leave.confirm',
  schema: confirmLeaveSchema,
  authorise: () => requirePermission('service.operate'),
  run: async ({ requestId }, user) => {
    await confirmLeave(user, requestId);
    revalidatePath('/operator/leaving');
    redirect('/operator/leaving?decided=confirmed');
  },
});

export const refuseLeaveAction = defineAction({
  name: 'partnership.leave.refuse',
  schema: refuseLeaveSchema,
  authorise: () => requirePermission('service.operate'),
  run: async ({ requestId, refusalReason }, user) => {
    await refuseLeave(user, requestId, refusalReason);
    revalidatePath('/operator/leaving');
    redirect('/operator/leaving?decided=refused');
  },
});
