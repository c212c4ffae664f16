import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { formatDay } from '@/lib/format/dates';
import { MAX_TERMS, type TermDateInput } from './calendar-schemas';

// A partnership's term dates: the stretches of school days lib/calendar/school-days.ts counts. Every read
// and write names the partnership the administrator acts for, next to the query.

export function listTermDates(partnershipId: string) {
  return getDb().termDate.findMany({
    where: { partnershipId },
    select: { id: true, name: true, startsOn: true, endsOn: true },
    orderBy: [{ startsOn: 'asc' }, { id: 'asc' }],
  });
}

/** Adds a term; refuses one that overlaps another (a day would be in two terms) or one too many. */
export async function addTermDate(actorId: string, partnershipId: string, input: TermDateInput) {
  const startsOn = new Date(input.startsOn);
  const endsOn = new Date(input.endsOn);
  await getDb().$transaction(async (tx) => {
    // One administrator's add at a time per partnership, so two overlapping terms cannot both pass the check.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('TermDate'), hashtext(${partnershipId}))`;
    if ((await tx.termDate.count({ where: { partnershipId } })) >= MAX_TERMS)
      throw new UserFacingError(`You can keep up to ${MAX_TERMS} terms. Remove old ones first.`);
    const clash = await tx.termDate.findFirst({
      where: { partnershipId, startsOn: { lte: endsOn }, endsOn: { gte: startsOn } },
    });
    if (clash)
      throw new UserFacingError(
        `These dates overlap ${clash.name} (${formatDay(clash.startsOn)} to ${formatDay(clash.endsOn)}). Nothing has been changed.`,
        'startsOn',
      );
    const term = await tx.termDate.create({ data: { partnershipId, name: input.name, startsOn, endsOn } });
    await recordAudit(tx, {
      actorId,
      action: 'term-date.create',
      subject: 'TermDate',
      subjectId: term.id,
      partnershipId,
      detail: { startsOn: input.startsOn, endsOn: input.endsOn },
    });
  });
}

export async function removeTermDate(actorId: string, partnershipId: string, id: string) {
  await getDb().$transaction(async (tx) => {
    const term = await tx.termDate.findFirst({ where: { id, partnershipId } });
    if (!term) throw new NotFoundError();
    await tx.termDate.delete({ where: { id: term.id } });
    await recordAudit(tx, {
      actorId,
      action: 'term-date.delete',
      subject: 'TermDate',
      subjectId: term.id,
      partnershipId,
      detail: {
        startsOn: term.startsOn.toISOString().slice(0, 10),
        endsOn: term.endsOn.toISOString().slice(0, 10),
      },
    });
  });
}
