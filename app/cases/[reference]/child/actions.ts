'use server';
// Linking a case to a child record (issue 18). Each action authorises itself (the permission here, the
// school scope inside lib/children), because a server action is a public endpoint.
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requirePermission } from '@/lib/auth/session';
import { linkChildSchema, newChildSchema, unlinkChildSchema } from '@/lib/children/child-form-schemas';
import { linkCaseToChild, linkCaseToNewChild } from '@/lib/children/link-case-to-child';
import { unlinkCaseFromChild } from '@/lib/children/unlink-case-from-child';

const casePath = (reference: string) => `/cases/${encodeURIComponent(reference)}`;

export const linkChildAction = defineAction({
  name: 'case.child.link',
  schema: linkChildSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await linkCaseToChild(user, input);
    revalidatePath(casePath(input.reference));
    return { ok: true, message: 'Case linked to the child' };
  },
});

export const newChildAction = defineAction({
  name: 'case.child.new',
  schema: newChildSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await linkCaseToNewChild(user, input);
    revalidatePath(casePath(input.reference));
    return { ok: true, message: 'Child record made and case linked to it' };
  },
});

export const unlinkChildAction = defineAction({
  name: 'case.child.unlink',
  schema: unlinkChildSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await unlinkCaseFromChild(user, input);
    revalidatePath(casePath(input.reference));
    return { ok: true, message: 'Case unlinked from the child' };
  },
});
