// Helpers for the delivery tests: a school with a safeguarding team, a partnership front door, and a
// concern submitted the way the public journey does it (created and routed in one transaction).
import { randomBytes } from 'node:crypto';
import { newReference } from '@/lib/concerns/codes';
import { getDb } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/enums';
import type { Prisma } from '@/lib/generated/prisma/client';
import { routeNewConcern } from '@/lib/routing/route-new-concern';
import { makePartnership, makeSchool } from './factories';

const unique = () => randomBytes(4).toString('hex');

export async function makeStaff(
  partnershipId: string,
  role: Role,
  schoolId: string | null = null,
  active = true,
) {
  return getDb().staffUser.create({
    data: {
      email: `${role.toLowerCase()}-${unique()}@staff.example`,
      name: 'Test Staff',
      active,
      memberships: { create: { partnershipId, schoolId, role } },
    },
  });
}

/** A partnership with a front door (one member and a shared mailbox) and a school with a DSL and a deputy. */
export async function makeArea() {
  const partnership = await makePartnership({ frontDoorEmail: `mash-${unique()}@council.example` });
  const school = await makeSchool(partnership.id, { name: `Oak & Ash Primary ${unique()}` });
  const dsl = await makeStaff(partnership.id, 'DSL', school.id);
  const deputy = await makeStaff(partnership.id, 'DEPUTY_DSL', school.id);
  const frontDoor = await makeStaff(partnership.id, 'FRONT_DOOR');
  return { partnership, school, dsl, deputy, frontDoor };
}

export const SECRET_DETAILS = {
  childName: 'Zebedee Quillfeather',
  description: 'Someone on Snapchat asked for photos — unmistakable-description-marker',
  reporterName: 'Philippa Marchbanks',
  reporterPhone: '07700900123',
};

/** Creates and routes a concern in one transaction, like the journey's submission. */
export async function submitConcern(
  area: { partnership: { id: string }; school: { id: string } | null },
  overrides: Partial<Prisma.ConcernUncheckedCreateInput> = {},
  afterRouting?: () => void,
) {
  return getDb().$transaction(async (tx) => {
    const concern = await tx.concern.create({
      data: {
        reference: newReference(),
        receiptHash: 'not-a-real-hash',
        partnershipId: area.partnership.id,
        schoolId: area.school?.id ?? null,
        route: 'FRONT_DOOR',
        happened: 'THIS_WEEK',
        stillHappening: 'NOT_SURE',
        childKnows: 'YES',
        childAge: 9,
        reporterRelationship: 'PARENT_OR_CARER',
        ...SECRET_DETAILS,
        reporterAnonymous: false,
        ...overrides,
      },
    });
    await routeNewConcern(tx, concern);
    afterRouting?.();
    return concern;
  });
}
