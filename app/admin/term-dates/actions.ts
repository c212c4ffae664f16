'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requirePartnership } from '@/lib/auth/require-partnership';
import { removeTermDateSchema, termDateSchema } from '@/lib/calendar/calendar-schemas';
import { addTermDate, removeTermDate } from '@/lib/calendar/term-dates';

const authorise = () => requirePartnership('reference-data.manage');

export const addTermDateAction = defineAction({
  name: 'term-date.create',
  schema: termDateSchema,
  authorise,
  run: async (input, { user, partnershipId }) => {
    await addTermDate(user.id, partnershipId, input);
    revalidatePath('/admin/term-dates');
    return { ok: true, message: `${input.name} has been added` };
  },
});

export const removeTermDateAction = defineAction({
  name: 'term-date.delete',
  schema: removeTermDateSchema,
  authorise,
  run: async ({ id }, { user, partnershipId }) => {
    await removeTermDate(user.id, partnershipId, id);
    revalidatePath('/admin/term-dates');
    return { ok: true, message: 'The term has been removed' };
  },
});
