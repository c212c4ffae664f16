'use server';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { requirePermission } from '@/lib/auth/session';
import { addBankHoliday, removeBankHoliday } from '@/lib/calendar/bank-holidays';
import { bankHolidaySchema, removeBankHolidaySchema } from '@/lib/calendar/calendar-schemas';

/** Bank holidays are national: every partnership's calendar uses them. Only the service operator's. */
const authorise = () => requirePermission('reference.national.manage');

export const addBankHolidayAction = defineAction({
  name: 'bank-holiday.create',
  schema: bankHolidaySchema,
  authorise,
  run: async (input, user) => {
    await addBankHoliday(user.id, input);
    revalidatePath('/operator/bank-holidays');
    return { ok: true, message: `${input.name} has been added` };
  },
});

export const removeBankHolidayAction = defineAction({
  name: 'bank-holiday.delete',
  schema: removeBankHolidaySchema,
  authorise,
  run: async ({ date }, user) => {
    await removeBankHoliday(user.id, date);
    revalidatePath('/operator/bank-holidays');
    return { ok: true, message: 'The bank holiday has been removed' };
  },
});
