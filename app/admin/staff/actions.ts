'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { partnershipFor } from '@/lib/auth/require-partnership';
import { createInvitation } from '@/lib/accounts/create-invitation';
import { invitationSchema } from '@/lib/accounts/invitation-schema';
import { deactivateAccount, reactivateAccount, resetTotp } from '@/lib/accounts/manage-account';
import { cancelInvitation, resendInvitation } from '@/lib/accounts/manage-invitation';
import { requirePermission } from '@/lib/auth/session';

const authorise = () => requirePermission('staff.manage');
const uuid = z.string().regex(/^[0-9a-f-]{36}$/, 'This record no longer exists');

export const inviteStaff = defineAction({
  name: 'invitation.create',
  schema: invitationSchema,
  authorise,
  run: async (input, user) => {
    await createInvitation(user.id, partnershipFor(user, 'staff.manage'), input);
    revalidatePath('/admin/staff');
    return { ok: true, message: `An invitation has been sent to ${input.email}` };
  },
});

export const changeInvitation = defineAction({
  name: 'invitation.change',
  schema: z.strictObject({ invitationId: uuid, change: z.enum(['resend', 'cancel']) }),
  authorise,
  run: async ({ invitationId, change }, user) => {
    const partnershipId = partnershipFor(user, 'staff.manage');
    if (change === 'resend') await resendInvitation(user.id, partnershipId, invitationId);
    else await cancelInvitation(user.id, partnershipId, invitationId);
    revalidatePath('/admin/staff');
    // The invitation's card (and its form) may be gone after a cancel: say what happened on the page.
    redirect(`/admin/staff?done=${change === 'resend' ? 'resent' : 'cancelled'}`);
  },
});

export const changeAccount = defineAction({
  name: 'staff.change',
  schema: z.strictObject({ userId: uuid, change: z.enum(['deactivate', 'reactivate', 'reset-totp']) }),
  authorise,
  run: async ({ userId, change }, user) => {
    const partnershipId = partnershipFor(user, 'staff.manage');
    const verbs = { deactivate: deactivateAccount, reactivate: reactivateAccount, 'reset-totp': resetTotp };
    const reach = await verbs[change](user.id, partnershipId, userId);
    revalidatePath('/admin/staff');
    // Removed from this partnership only: their page here is gone, so say what happened on the list.
    if (reach === 'partnership') redirect('/admin/staff?done=removed');
    revalidatePath(`/admin/staff/${userId}`);
    const messages = {
      deactivate: 'The account has been deactivated and signed out everywhere',
      reactivate: 'The account is active again',
      'reset-totp': 'Their authenticator has been reset. They will set up a new one when they next sign in.',
    };
    return { ok: true, message: messages[change] };
  },
});
