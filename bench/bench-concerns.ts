// A school with one DSL, and concerns submitted the way the public journey does it, for the benchmark.
import { randomBytes } from 'node:crypto';
import { newReference } from '../lib/concerns/codes';
import type { Db } from '../lib/db';
import { routeNewConcern } from '../lib/routing/route-new-concern';

export async function makeBenchArea(db: Db) {
  const partnership = await db.partnership.create({
    data: { slug: `bench-${randomBytes(3).toString('hex')}`, name: 'Bench' },
  });
  const school = await db.school.create({
    data: {
      partnershipId: partnership.id,
      urn: 900001,
      name: 'Bench School',
      phase: 'PRIMARY',
      localAuthority: 'Benchshire',
    },
  });
  await db.staffUser.create({
    data: {
      email: 'dsl@bench.example',
      name: 'Bench DSL',
      memberships: { create: { partnershipId: partnership.id, schoolId: school.id, role: 'DSL' } },
    },
  });
  return { partnershipId: partnership.id, schoolId: school.id };
}

export async function submitBenchConcern(
  db: Db,
  area: { partnershipId: string; schoolId: string },
): Promise<string> {
  return db.$transaction(async (tx) => {
    const concern = await tx.concern.create({
      data: {
        reference: newReference(),
        receiptHash: 'bench',
        partnershipId: area.partnershipId,
        schoolId: area.schoolId,
        route: 'SCHOOL',
        happened: 'TODAY',
        stillHappening: 'YES',
        childKnows: 'YES',
        description: 'Benchmark concern.',
        reporterRelationship: 'PARENT_OR_CARER',
      },
    });
    await routeNewConcern(tx, concern);
    return concern.reference;
  });
}
