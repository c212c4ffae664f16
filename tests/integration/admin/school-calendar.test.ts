import { describe, expect, it } from 'vitest';
import { addBankHoliday, listBankHolidays, removeBankHoliday } from '@/lib/calendar/bank-holidays';
import { bankHolidaySchema, termDateSchema } from '@/lib/calendar/calendar-schemas';
import { loadSchoolCalendar } from '@/lib/calendar/load-school-calendars';
import { isSchoolDay } from '@/lib/calendar/school-days';
import { addTermDate, listTermDates, removeTermDate } from '@/lib/calendar/term-dates';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { makePartnership } from '../../support/factories';

const term = (name: string, startsOn: string, endsOn: string) =>
  termDateSchema.parse({ name, startsOn, endsOn });
const audits = (action: string) => getDb().auditEntry.findMany({ where: { action } });

describe('term dates', () => {
  it('adds a partnership’s terms, refuses overlaps, and the calendar leaves out the half term', async () => {
    const north = await makePartnership();
    const south = await makePartnership();
    const admin = await getDb().staffUser.create({ data: { email: 'terms@example.org', name: 'T' } });
    await addTermDate(admin.id, north.id, term('Autumn 1', '3/9/2029', '19/10/2029'));
    await addTermDate(admin.id, north.id, term('Autumn 2', '29/10/2029', '19/12/2029'));
    await expect(addTermDate(admin.id, north.id, term('Oops', '15/10/2029', '30/10/2029'))).rejects.toThrow(
      /overlap Autumn 1/,
    );
    // Another partnership's terms are its own.
    await addTermDate(admin.id, south.id, term('Autumn 1', '15/10/2029', '30/10/2029'));

    expect((await listTermDates(north.id)).map((t) => t.name)).toEqual(['Autumn 1', 'Autumn 2']);
    const calendar = await loadSchoolCalendar(getDb(), north.id, new Date('2029-10-01'));
    expect(isSchoolDay('2029-10-22', calendar)).toBe(false); // half term
    expect(isSchoolDay('2029-10-29', calendar)).toBe(true);
    expect(await audits('term-date.create')).toHaveLength(3);
  });

  it('removes a term only for its own partnership', async () => {
    const north = await makePartnership();
    const south = await makePartnership();
    const admin = await getDb().staffUser.create({ data: { email: 'remove@example.org', name: 'R' } });
    await addTermDate(admin.id, north.id, term('Spring 1', '6/1/2031', '14/2/2031'));
    const [spring] = await listTermDates(north.id);
    await expect(removeTermDate(admin.id, south.id, spring!.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await listTermDates(north.id)).toHaveLength(1);
    await removeTermDate(admin.id, north.id, spring!.id);
    expect(await listTermDates(north.id)).toHaveLength(0);
    expect(await audits('term-date.delete')).toHaveLength(1);
  });

  it('checks what is typed', () => {
    const errors = (v: Record<string, string>) =>
      termDateSchema.safeParse(v).error?.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    expect(errors({ name: 'A', startsOn: '3/9/2029', endsOn: '2/9/2029' })).toEqual([
      'endsOn: The last day must be the same as or after the first day',
    ]);
    expect(errors({ name: 'A', startsOn: '3/9/2029', endsOn: '31/1/2030' })?.[0]).toMatch(
      /120 days or shorter/,
    );
    expect(errors({ name: ' ', startsOn: '31/2/2029', endsOn: '' })).toHaveLength(3);
  });
});

describe('bank holidays', () => {
  it('are seeded for 2025 to 2028, substitute days included', async () => {
    const days = (await listBankHolidays()).map((h) => h.date.toISOString().slice(0, 10));
    expect(days.filter((d) => d.startsWith('2027'))).toEqual([
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27',
      '2027-12-28',
    ]);
    expect(days).toHaveLength(32);
  });

  it('the operator adds and removes one, refusing a second on the same day and a weekend', async () => {
    const operator = await getDb().staffUser.create({ data: { email: 'op@example.org', name: 'O' } });
    const holiday = bankHolidaySchema.parse({ name: 'Christmas Day', date: '25/12/2029' });
    await addBankHoliday(operator.id, holiday);
    await expect(addBankHoliday(operator.id, holiday)).rejects.toThrow(/already a bank holiday/);
    expect(
      bankHolidaySchema.safeParse({ name: 'Boxing Day', date: '26/12/2027' }).error?.issues[0]?.message,
    ).toMatch(/Saturday or Sunday/);
    await removeBankHoliday(operator.id, '2029-12-25');
    await expect(removeBankHoliday(operator.id, '2029-12-25')).rejects.toBeInstanceOf(NotFoundError);
    const entries = await getDb().auditEntry.findMany({ where: { action: { startsWith: 'bank-holiday.' } } });
    expect(entries.map((e) => [e.action, e.partnershipId])).toEqual([
      ['bank-holiday.create', null],
      ['bank-holiday.delete', null],
    ]);
  });
});
