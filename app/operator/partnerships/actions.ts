'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requirePermission } from '@/lib/auth/session';
import { createPartnership } from '@/lib/partnerships/create-partnership';
import { partnershipSchema } from '@/lib/partnerships/partnership-schema';

export const addPartnership = defineAction({
  name: 'partnership.create',
  schema: partnershipSchema,
  authorise: () => requirePermission('service.operate'),
  run: async (input, user) => {
    await createPartnership(user.id, { ...input, frontDoorEmail: input.frontDoorEmail ?? '' });
    revalidatePath('/operator/partnerships');
    return {
      ok: true,
      message: `${input.name} has been added. Its administrator has been sent an invitation.`,
    };
  },
});
