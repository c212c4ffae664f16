'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction, UserFacingError } from '@/lib/actions/define-action';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { requirePermission } from '@/lib/auth/session';
import { retryDeadEmail } from '@/lib/outbox/retry-dead-email';

export const retryEmailAction = defineAction({
  name: 'email.retry',
  schema: z.strictObject({ outboxId: z.uuid({ error: 'Choose an email to retry' }) }),
  authorise: () => requirePermission('email-delivery.manage'),
  run: async (input, user) => {
    const retried = await retryDeadEmail({
      outboxId: input.outboxId,
      actorId: user.id,
      partnershipId: partnershipFor(user, 'email-delivery.manage'),
      now: new Date(),
    });
    if (!retried) throw new UserFacingError('That email is no longer waiting to be retried.');
    revalidatePath('/admin/delivery');
    // The row leaves the list once it is queued again, so the confirmation is shown by the page itself.
    redirect('/admin/delivery?retried=1');
  },
});
