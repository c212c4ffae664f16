'use server';
// Sending a child's whole file to their new school (issue 17). The action authorises itself (the
// permission and a fresh second factor here, the child and case scopes inside lib/transfers).
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireFreshFactor } from '@/lib/auth/require-fresh-factor';
import { requirePermission } from '@/lib/auth/session';
import { startChildFileTransfer } from '@/lib/transfers/start-child-file-transfer';
import { startChildFileTransferSchema } from '@/lib/transfers/transfer-schemas';

/** Ends on the transfers page; for a school off the service, on this page with the passcode, this once. */
export const startChildFileTransferAction = defineAction({
  name: 'child.transfer.send',
  schema: startChildFileTransferSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await requireFreshFactor(user, `/children/${encodeURIComponent(input.childId)}/transfer`);
    const sent = await startChildFileTransfer(user, input);
    if (sent.passcode) return { ok: true, message: sent.passcode };
    revalidatePath('/transfers');
    redirect('/transfers#outgoing');
  },
});
