import 'server-only';
import { UserFacingError } from '@/lib/actions/define-action';
import { recordAudit } from '@/lib/audit/record-audit';
import { getDb } from '@/lib/db';
import type { SchoolInput } from './school-schema';

const URN_TAKEN = 'A school with this URN is already on the list';

export async function createSchool(actorId: string, partnershipId: string, input: SchoolInput) {
  return getDb().$transaction(async (tx) => {
    if (await tx.school.findUnique({ where: { urn: input.urn }, select: { id: true } })) {
      throw new UserFacingError(URN_TAKEN, 'urn');
    }
    const school = await tx.school.create({ data: { ...input, partnershipId } });
    await recordAudit(tx, {
      actorId,
      action: 'school.create',
      subject: 'School',
      subjectId: school.id,
      detail: { urn: input.urn },
    });
    return school;
  });
}

/** Saves an edit; the audit entry names the fields that changed, not their values. */
export async function updateSchool(actorId: string, partnershipId: string, id: string, input: SchoolInput) {
  await getDb().$transaction(async (tx) => {
    const before = await tx.school.findFirst({ where: { id, partnershipId } });
    if (!before) throw new UserFacingError('This school is no longer on the list');
    if (input.urn !== before.urn && (await tx.school.findUnique({ where: { urn: input.urn } }))) {
      throw new UserFacingError(URN_TAKEN, 'urn');
    }
    const changed = (Object.keys(input) as (keyof SchoolInput)[]).filter((k) => input[k] !== before[k]);
    if (changed.length === 0) return;
    await tx.school.update({ where: { id }, data: input });
    await recordAudit(tx, {
      actorId,
      action: 'school.update',
      subject: 'School',
      subjectId: id,
      detail: { changed },
    });
  });
}

/** An inactive school is not offered to parents but stays valid in the concerns that name it. */
export async function setSchoolActive(actorId: string, partnershipId: string, id: string, active: boolean) {
  await getDb().$transaction(async (tx) => {
    const { count } = await tx.school.updateMany({
      where: { id, partnershipId, active: !active },
      data: { active },
    });
    if (count === 0) return;
    await recordAudit(tx, {
      actorId,
      action: active ? 'school.reactivate' : 'school.deactivate',
      subject: 'School',
      subjectId: id,
    });
  });
}
