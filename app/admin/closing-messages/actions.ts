'use server';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requirePartnership } from '@/lib/auth/require-partnership';
import {
  closingMessageEditSchema,
  closingMessageSchema,
} from '@/lib/closing-messages/closing-message-schema';
import { createClosingMessage, updateClosingMessage } from '@/lib/closing-messages/closing-messages';

const authorise = () => requirePartnership('reference-data.manage');

export const addClosingMessage = defineAction({
  name: 'closing-message.create',
  schema: closingMessageSchema,
  authorise,
  run: async (input, { user, partnershipId }) => {
    const message = await createClosingMessage(user.id, partnershipId, input);
    redirect(`/admin/closing-messages/${message.id}?added=1`);
  },
});

export const editClosingMessage = defineAction({
  name: 'closing-message.update',
  schema: closingMessageEditSchema,
  authorise,
  run: async ({ id, ...input }, { user, partnershipId }) => {
    await updateClosingMessage(user.id, partnershipId, id, input);
    revalidatePath('/admin/closing-messages', 'layout');
    return { ok: true, message: 'The message has been saved' };
  },
});
