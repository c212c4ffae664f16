'use server';
// The child page's action: merging two records of one child. It authorises itself (the permission here,
// the school scope inside lib/children), because a server action is a public endpoint.
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requirePermission } from '@/lib/auth/session';
import { mergeChildSchema } from '@/lib/children/child-form-schemas';
import { mergeChildRecords } from '@/lib/children/merge-child-records';

export const mergeChildAction = defineAction({
  name: 'child.merge',
  schema: mergeChildSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await mergeChildRecords(user, input);
    revalidatePath(`/children/${input.childId}`);
    return { ok: true, message: 'Records merged. Every case of the other record is now here.' };
  },
});
