'use server';
// Sending a case's child protection file to the child's new school (issue 17). The action authorises
// itself (the permission and a fresh second factor here, the school scope inside lib/transfers).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireFreshFactor } from '@/lib/auth/require-fresh-factor';
import { requirePermission } from '@/lib/auth/session';
import { startTransfer } from '@/lib/transfers/start-transfer';
import { startTransferSchema } from '@/lib/transfers/transfer-schemas';

/**
 * Ends on the transfers page, where the sender follows the receipt and the clock; for a school off the
 * service, on the same page showing the passcode, this once (it is stored only as a hash).
 */
export const startTransferAction = defineAction({
  name: 'case.transfer.send',
  schema: startTransferSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await requireFreshFactor(user, `/cases/${encodeURIComponent(input.reference)}/transfer`);
    const sent = await startTransfer(user, input);
    if (sent.passcode) return { ok: true, message: sent.passcode };
    revalidatePath('/transfers');
    redirect('/transfers#outgoing');
  },
});
