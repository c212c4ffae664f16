'use server';
// Answering a child protection file transfer (issue 17): the receiving school accepts or returns it, the
// sending school cancels it. Each action authorises itself (the permission here, the school side inside
// lib/transfers), because a server action is a public endpoint.
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requirePermission } from '@/lib/auth/session';
import { acceptTransfer, cancelTransfer, returnTransfer } from '@/lib/transfers/answer-transfer';
import { returnTransferSchema, transferOnlySchema } from '@/lib/transfers/transfer-schemas';

/**
 * The receipt: the case is the receiving school's now, so this ends on the case itself, or for a child's
 * whole file on the school's new record of the child.
 */
export const acceptTransferAction = defineAction({
  name: 'transfer.accept',
  schema: transferOnlySchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    const { reference, childRecordId } = await acceptTransfer(user, input);
    revalidatePath('/transfers');
    redirect(childRecordId ? `/children/${childRecordId}` : `/cases/${encodeURIComponent(reference)}`);
  },
});

export const returnTransferAction = defineAction({
  name: 'transfer.return',
  schema: returnTransferSchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await returnTransfer(user, input);
    revalidatePath('/transfers');
    redirect('/transfers');
  },
});

export const cancelTransferAction = defineAction({
  name: 'transfer.cancel',
  schema: transferOnlySchema,
  authorise: () => requirePermission('case.update'),
  run: async (input, user) => {
    await cancelTransfer(user, input);
    revalidatePath(`/transfers/${input.transferId}`);
    return { ok: true, message: 'Transfer cancelled' };
  },
});
