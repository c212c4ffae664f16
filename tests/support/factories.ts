// Factories for integration and end-to-end tests: the smallest valid records, overridable.
import { randomBytes } from 'node:crypto';
import { newReference } from '@/lib/concerns/codes';
import { getDb } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

const unique = () => randomBytes(4).toString('hex');

export async function makePartnership(overrides: Partial<Prisma.PartnershipCreateInput> = {}) {
  return getDb().partnership.create({
    data: { slug: `p-${unique()}`, name: 'Test Partnership', ...overrides },
  });
}

export async function makeSchool(
  partnershipId?: string,
  overrides: Partial<Prisma.SchoolUncheckedCreateInput> = {},
) {
  const pid = partnershipId ?? (await makePartnership()).id;
  return getDb().school.create({
    data: {
      partnershipId: pid,
      urn: 100000 + Math.floor(Math.random() * 800000),
      name: `Test School ${unique()}`,
      phase: 'PRIMARY',
      localAuthority: 'Testshire',
      ...overrides,
    },
  });
}

export async function makeConcern(overrides: Partial<Prisma.ConcernUncheckedCreateInput> = {}) {
  const partnershipId = overrides.partnershipId ?? (await makePartnership()).id;
  return getDb().concern.create({
    data: {
      reference: newReference(),
      receiptHash: 'not-a-real-hash',
      partnershipId,
      route: 'FRONT_DOOR',
      happened: 'THIS_WEEK',
      stillHappening: 'NOT_SURE',
      childKnows: 'YES',
      childAge: 9,
      description: 'A stranger asked my child for a photo.',
      reporterRelationship: 'PARENT_OR_CARER',
      ...overrides,
    },
  });
}
