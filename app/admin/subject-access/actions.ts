'use server';
import { redirect } from 'next/navigation';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { requirePermission } from '@/lib/auth/session';
import { subjectAccessSchema } from '@/lib/retention/retention-schema';
import { findSubjectAccessConcern } from '@/lib/subject-access/find-subject-access-concern';

export const findConcernForExport = defineAction({
  name: 'subject-access.find',
  schema: subjectAccessSchema,
  authorise: () => requirePermission('subject-access.export'),
  run: async ({ reference }, user) => {
    const found = await findSubjectAccessConcern(partnershipFor(user, 'subject-access.export'), reference);
    if (!found)
      throw new UserFacingError(
        'No concern with that reference is or was held by this partnership',
        'reference',
      );
    redirect(`/admin/subject-access/${found.reference}`);
  },
});
