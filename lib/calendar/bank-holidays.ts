import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import type { BankHolidayInput } from './calendar-schemas';

// England and Wales bank holidays: national reference data, changed only by the service operator. Its
// audit entries are service-wide (no partnership).

export function listBankHolidays() {
  return getDb().bankHoliday.findMany({ select: { date: true, name: true }, orderBy: { date: 'asc' } });
}

export async function addBankHoliday(actorId: string, input: BankHolidayInput) {
  try {
    await getDb().$transaction(async (tx) => {
      await tx.bankHoliday.create({ data: { date: new Date(input.date), name: input.name } });
      await recordAudit(tx, {
        actorId,
        action: 'bank-holiday.create',
        subject: 'BankHoliday',
        subjectId: input.date,
        partnershipId: null,
      });
    });
  } catch (error) {
    if ((error as { code?: string }).code === 'P2002')
      throw new UserFacingError(
        'There is already a bank holiday on that day. Nothing has been changed.',
        'date',
      );
    throw error;
  }
}

export async function removeBankHoliday(actorId: string, date: string) {
  await getDb().$transaction(async (tx) => {
    const removed = await tx.bankHoliday.deleteMany({ where: { date: new Date(date) } });
    if (removed.count === 0) throw new NotFoundError();
    await recordAudit(tx, {
      actorId,
      action: 'bank-holiday.delete',
      subject: 'BankHoliday',
      subjectId: date,
      partnershipId: null,
    });
  });
}
