// Seeds the fictional demo partnership. Idempotent: reference data is upserted by its natural key and
// concerns are added only when their reference is not there yet, so running it twice changes nothing.
import { seedDemoSignInProvider } from './seed-demo-sign-in';
import { hash } from '@node-rs/argon2';
import { hashReceipt } from '@/lib/concerns/receipt-hash';
import type { Db } from '@/lib/db';
import { generateDemoConcerns, type DemoConcern } from './demo-concerns';
import {
  DEMO_CLOSING_MESSAGES,
  type DemoSchool,
  type DemoStaff,
  DEMO_HARMS,
  DEMO_OPERATOR,
  DEMO_PARTNERSHIP,
  DEMO_PASSWORD,
  DEMO_PLATFORMS,
  DEMO_RECEIPT,
  DEMO_SCHOOLS,
  DEMO_STAFF,
  INACTIVE_SCHOOL_URNS,
} from './demo-reference-data';
import { seedReportRoutes } from './demo-report-routes';
import {
  DEMO_HOSTS,
  SOUTHVALE_CONCERN_COUNT,
  SOUTHVALE_CONCERN_SEED,
  SOUTHVALE_PARTNERSHIP,
  SOUTHVALE_SCHOOLS,
  SOUTHVALE_STAFF,
} from './demo-southvale';

export const DEMO_CONCERN_COUNT = 320;

export interface SeedResult {
  concernsAdded: number;
}

export async function seedDemo(db: Db): Promise<SeedResult> {
  const partnership = await db.partnership.upsert({
    where: { slug: DEMO_PARTNERSHIP.slug },
    update: {},
    create: DEMO_PARTNERSHIP,
  });
  const schools = await seedSchools(db, partnership.id, DEMO_SCHOOLS, 'Northshire');
  await seedStaff(db, partnership.id, new Map(schools.map((s) => [s.urn, s.id])), DEMO_STAFF);
  await seedOperator(db);
  for (const [i, p] of DEMO_PLATFORMS.entries()) {
    const { closedOn, ...rest } = p;
    await db.platform.upsert({
      where: { slug: p.slug },
      update: {},
      create: { ...rest, sortOrder: i, closedOn: closedOn ? new Date(closedOn) : null, activeFrom: null },
    });
  }
  await seedReportRoutes(db);
  for (const [i, h] of DEMO_HARMS.entries()) {
    await db.harmCategory.upsert({ where: { slug: h.slug }, update: {}, create: { ...h, sortOrder: i } });
  }
  await seedClosingMessages(db, partnership.id);
  await seedDemoSignInProvider(db, partnership.id);
  const activeSchools = schools.filter((s) => s.active);
  const concernsAdded = await seedConcerns(
    db,
    partnership.id,
    activeSchools.map((s) => s.id),
    { count: DEMO_CONCERN_COUNT },
  );
  const southvaleAdded = await seedSouthvale(db);
  await seedDemoHosts(db);
  return { concernsAdded: concernsAdded + southvaleAdded };
}

/** The partnership's words for parents whose report was closed (once: an administrator edits them after). */
async function seedClosingMessages(db: Db, partnershipId: string): Promise<void> {
  if (await db.closingMessage.count({ where: { partnershipId } })) return;
  await db.closingMessage.createMany({
    data: DEMO_CLOSING_MESSAGES.map((m) => ({ ...m, partnershipId })),
  });
}

/** The second demo partnership: a few schools, staff and concerns of its own (lib/demo/demo-southvale.ts). */
async function seedSouthvale(db: Db): Promise<number> {
  const partnership = await db.partnership.upsert({
    where: { slug: SOUTHVALE_PARTNERSHIP.slug },
    update: {},
    create: SOUTHVALE_PARTNERSHIP,
  });
  const schools = await seedSchools(db, partnership.id, SOUTHVALE_SCHOOLS, 'Southvale');
  await seedStaff(db, partnership.id, new Map(schools.map((s) => [s.urn, s.id])), SOUTHVALE_STAFF);
  await seedClosingMessages(db, partnership.id);
  return seedConcerns(
    db,
    partnership.id,
    schools.map((s) => s.id),
    { count: SOUTHVALE_CONCERN_COUNT, seed: SOUTHVALE_CONCERN_SEED },
  );
}

/** Each demo partnership's addresses; a host already set up (for whichever partnership) is left alone. */
async function seedDemoHosts(db: Db): Promise<void> {
  for (const [slug, hostnames] of Object.entries(DEMO_HOSTS)) {
    const { id } = await db.partnership.findUniqueOrThrow({ where: { slug }, select: { id: true } });
    // The first address is the primary one (email links), unless the partnership has one already.
    let primary = (await db.partnershipHost.count({ where: { partnershipId: id, primary: true } })) === 0;
    for (const hostname of hostnames) {
      await db.partnershipHost.upsert({
        where: { hostname },
        update: {},
        create: { hostname, partnershipId: id, primary },
      });
      primary = false;
    }
  }
}

async function seedSchools(db: Db, partnershipId: string, schools: DemoSchool[], localAuthority: string) {
  const seeded = [];
  for (const s of schools) {
    seeded.push(
      await db.school.upsert({
        where: { urn: s.urn },
        update: {},
        create: { ...s, partnershipId, localAuthority, active: !INACTIVE_SCHOOL_URNS.has(s.urn) },
      }),
    );
  }
  return seeded;
}

async function seedStaff(
  db: Db,
  partnershipId: string,
  schoolIds: Map<number, string>,
  staffList: DemoStaff[],
): Promise<void> {
  const existing = new Set((await db.staffUser.findMany({ select: { email: true } })).map((u) => u.email));
  const missing = staffList.filter((s) => !existing.has(s.email));
  if (missing.length === 0) return;
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  for (const staff of missing) {
    await db.staffUser.create({
      data: {
        email: staff.email,
        name: staff.name,
        passwordHash,
        memberships: {
          create: staff.roles.map((r) => ({
            role: r.role,
            partnershipId,
            schoolId: 'urn' in r ? (schoolIds.get(r.urn) ?? null) : null,
          })),
        },
      },
    });
  }
}

/** The service operator: a deployment-level grant, not a membership of the demo partnership. */
async function seedOperator(db: Db): Promise<void> {
  if (await db.staffUser.findUnique({ where: { email: DEMO_OPERATOR.email }, select: { id: true } })) return;
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 19_456, timeCost: 2, parallelism: 1 });
  await db.staffUser.create({
    data: { ...DEMO_OPERATOR, passwordHash, serviceOperator: { create: {} } },
  });
}

async function seedConcerns(
  db: Db,
  partnershipId: string,
  schoolIds: string[],
  { count, seed }: { count: number; seed?: number },
): Promise<number> {
  const platforms = new Map((await db.platform.findMany()).map((p) => [p.slug, p.id]));
  const harms = new Map((await db.harmCategory.findMany()).map((h) => [h.slug, h.id]));
  const generated = generateDemoConcerns(count, schoolIds.length, [...platforms.keys()], seed);
  const have = new Set(
    (
      await db.concern.findMany({
        where: { reference: { in: generated.map((c) => c.reference) } },
        select: { reference: true },
      })
    ).map((c) => c.reference),
  );
  const todo = generated.filter((c) => !have.has(c.reference));
  if (todo.length === 0) return 0;

  // Every demo concern opens with the same printed receipt code, so anyone trying the demo can follow one up.
  const receiptHash = await hashReceipt(DEMO_RECEIPT);
  const staffBySchool = await staffForSchools(db, schoolIds);
  const frontDoor = await db.staffUser.findFirst({
    where: { memberships: { some: { role: 'FRONT_DOOR', partnershipId } } },
  });
  const now = Date.now();

  for (const c of todo) {
    const schoolId = c.schoolIndex === null ? null : (schoolIds[c.schoolIndex] ?? null);
    const actorId = schoolId ? (staffBySchool.get(schoolId) ?? null) : (frontDoor?.id ?? null);
    await db.$transaction(async (tx) => {
      const created = await tx.concern.create({
        data: concernData(c, partnershipId, schoolId, receiptHash, actorId, now),
      });
      await tx.concernPlatform.createMany({
        data: c.platformSlugs.map((slug) => ({
          concernId: created.id,
          platformId: platforms.get(slug) as string,
          otherName: slug === 'other' ? c.otherPlatformName : null,
        })),
      });
      await tx.concernHarm.createMany({
        data: c.harmSlugs.map((slug) => ({
          concernId: created.id,
          harmCategoryId: harms.get(slug) as string,
        })),
      });
      await tx.concernEvent.createMany({
        data: c.events.map((e) => ({
          concernId: created.id,
          kind: e.kind,
          at: clamp(e.at, now),
          summary: e.summary,
          detail: e.detail,
          actorId: e.byStaff ? actorId : null,
        })),
      });
      await tx.message.createMany({
        data: c.messages.map((m) => ({
          concernId: created.id,
          author: m.fromStaff ? 'STAFF' : 'REPORTER',
          staffId: m.fromStaff ? actorId : null,
          body: m.body,
          createdAt: clamp(m.at, now),
          readAt: clamp(m.at, now),
        })),
      });
    });
  }
  return todo.length;
}

function concernData(
  c: DemoConcern,
  partnershipId: string,
  schoolId: string | null,
  receiptHash: string,
  actorId: string | null,
  now: number,
) {
  const lastEvent = c.events.reduce((latest, e) => (e.at > latest ? e.at : latest), c.submittedAt);
  return {
    reference: c.reference,
    receiptHash,
    partnershipId,
    schoolId,
    schoolOther: c.schoolOther,
    route: schoolId ? ('SCHOOL' as const) : ('FRONT_DOOR' as const),
    status: c.status,
    urgent: c.urgent,
    urgencyReasons: c.urgencyReasons,
    riskLevel: c.riskLevel,
    childName: c.childName,
    childAge: c.childAge,
    childYear: c.childYear,
    happened: c.happened,
    stillHappening: c.stillHappening,
    childKnows: c.childKnows,
    description: c.description,
    reporterRelationship: c.relationship,
    reporterAnonymous: c.reporter === null,
    reporterName: c.reporter?.name ?? null,
    reporterEmail: c.reporter?.email ?? null,
    reporterPhone: c.reporter?.phone ?? null,
    submittedAt: c.submittedAt,
    firstOpenedAt: c.firstOpenedAt ? clamp(c.firstOpenedAt, now) : null,
    closedAt: c.closedAt ? clamp(c.closedAt, now) : null,
    outcome: c.outcome,
    lastActivityAt: clamp(lastEvent, now),
    assignedToId: c.status === 'NEW' ? null : actorId,
  };
}

async function staffForSchools(db: Db, schoolIds: string[]): Promise<Map<string, string>> {
  const memberships = await db.membership.findMany({ where: { schoolId: { in: schoolIds }, role: 'DSL' } });
  return new Map(memberships.map((m) => [m.schoolId as string, m.userId]));
}

function clamp(at: Date, now: number): Date {
  return at.getTime() > now - 60_000 ? new Date(now - 60_000) : at;
}
