import 'server-only';
import type { SessionUser } from '@/lib/auth/session';
import { recordAudit } from '@/lib/audit/record-audit';
import { CASE_RECORD_INCLUDE, loadCaseRecordForExport } from '@/lib/cases/read-case-record';
import { renderCasePdf } from '@/lib/cases/render-case-pdf';
import { csvLine } from '@/lib/csv/neutralise-cell';
import { getDb } from '@/lib/db';
import { logger } from '@/lib/log';
import { BUNDLE_FILES, BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, type BundleFile } from './bundle-format';
import { ZipWriter } from './zip-writer';

/** Rows read per query: enough to be quick, few enough that a page of concerns is small in memory. */
const PAGE = 100;

type Counts = Partial<Record<BundleFile | 'cases', number>>;

const toJson = (value: unknown) =>
  JSON.stringify(value, (_key, v: unknown) => (typeof v === 'bigint' ? v.toString() : v), 2);

/**
 * Everything one partnership holds, as a zip (docs/partnership-export.md), made as it is sent: each file
 * is read a page at a time and compressed on the way out, so memory stays flat however big the
 * partnership. Content is read through Prisma, so it comes decrypted as the app shows it. Every query is
 * scoped to `partnershipId` (the administrator's own, from their membership) right where it is made.
 * The export is audited before the first byte (who, when) and again at the end with the counts.
 */
export async function* partnershipExportChunks(
  user: SessionUser,
  partnershipId: string,
  now = new Date(),
): AsyncGenerator<Uint8Array> {
  const db = getDb();
  const partnership = await db.partnership.findUnique({
    where: { id: partnershipId },
    include: {
      hosts: { select: { hostname: true, primary: true } },
      retention: true,
      termDates: { orderBy: { startsOn: 'asc' } },
      closingMessages: { orderBy: { title: 'asc' } },
      signInProviders: { omit: { clientSecret: true } },
      languageReviews: true,
      catalogues: true,
    },
  });
  if (!partnership) return;
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: user.id,
      action: 'partnership.export',
      subject: 'Partnership',
      subjectId: partnershipId,
      partnershipId,
      detail: { formatVersion: BUNDLE_FORMAT_VERSION },
    }),
  );

  const zip = new ZipWriter();
  const counts: Counts = {};
  const where = { partnershipId };

  /** One file holding a JSON array, its items read a page at a time by `next(after)`. */
  async function* jsonArray<T>(
    name: BundleFile,
    next: (after: T | undefined) => Promise<T[]>,
  ): AsyncGenerator<Uint8Array> {
    zip.open(name);
    zip.write('[');
    let count = 0;
    let last: T | undefined;
    for (;;) {
      const page = await next(last);
      for (const item of page) zip.write(`${count++ === 0 ? '\n' : ',\n'}${toJson(item)}`);
      yield* zip.drain();
      if (page.length < PAGE) break;
      last = page[page.length - 1];
    }
    zip.write('\n]\n');
    zip.close();
    counts[name] = count;
    yield* zip.drain();
  }

  /** One CSV file, its rows read a page at a time. */
  async function* csv<T>(
    name: BundleFile,
    header: string[],
    next: (after: T | undefined) => Promise<T[]>,
    cells: (row: T) => (string | number | null | undefined)[],
  ): AsyncGenerator<Uint8Array> {
    zip.open(name);
    zip.write(csvLine(header) + '\r\n');
    let count = 0;
    let last: T | undefined;
    for (;;) {
      const page = await next(last);
      for (const row of page) zip.write(csvLine(cells(row)) + '\r\n');
      count += page.length;
      yield* zip.drain();
      if (page.length < PAGE) break;
      last = page[page.length - 1];
    }
    zip.close();
    counts[name] = count;
    yield* zip.drain();
  }

  /** A whole small file at once. */
  function* whole(name: BundleFile, value: unknown, count: number): Generator<Uint8Array> {
    zip.open(name);
    zip.write(toJson(value) + '\n');
    zip.close();
    counts[name] = count;
    yield* zip.drain();
  }

  const byId = <T extends { id: string }>(after: T | undefined) =>
    after ? { cursor: { id: after.id }, skip: 1 } : {};

  yield* whole('partnership.json', partnership, 1);

  yield* jsonArray('schools.json', (after: { id: string } | undefined) =>
    db.school.findMany({ where, orderBy: { id: 'asc' }, take: PAGE, ...byId(after) }),
  );

  const staffPage = (after: { id: string } | undefined) =>
    db.membership.findMany({
      where,
      orderBy: { id: 'asc' },
      take: PAGE,
      ...byId(after),
      select: {
        id: true,
        role: true,
        createdAt: true,
        school: { select: { urn: true, name: true } },
        // Named fields only: never a password hash, authenticator secret or token.
        user: { select: { id: true, name: true, email: true, active: true, lastSignInAt: true } },
      },
    });
  yield* jsonArray('staff.json', staffPage);

  yield* jsonArray('concerns.json', (after: { id: string } | undefined) =>
    db.concern.findMany({
      where,
      orderBy: { id: 'asc' },
      take: PAGE,
      ...byId(after),
      omit: { receiptHash: true, submissionKey: true },
      include: {
        ...CASE_RECORD_INCLUDE,
        reviewRequests: { orderBy: { askedAt: 'asc' } },
        shareRequests: true,
        // An emailed link's secrets stay behind, even as hashes.
        fileTransfers: {
          orderBy: { sentAt: 'asc' },
          omit: { linkTokenHash: true, passcodeHash: true, grantHash: true },
        },
      },
    }),
  );

  // The transfer record a school keeps (lib/transfers/): also of files its schools sent on, whose cases
  // are now another school's, so no content (the note and return reason stay with the case).
  yield* jsonArray('file-transfers.json', (after: { id: string } | undefined) =>
    db.fileTransfer.findMany({
      where: { OR: [{ fromPartnershipId: partnershipId }, { toPartnershipId: partnershipId }] },
      orderBy: { id: 'asc' },
      take: PAGE,
      ...byId(after),
      select: {
        id: true,
        kind: true,
        status: true,
        concern: { select: { reference: true } },
        fromSchool: { select: { urn: true, name: true } },
        toSchool: { select: { urn: true, name: true } },
        childStartsOn: true,
        sentAt: true,
        sentBy: { select: { name: true } },
        dueAt: true,
        answeredAt: true,
        answeredBy: { select: { name: true } },
        reminderSentAt: true,
        overdueNoticeSentAt: true,
      },
    }),
  );

  yield* jsonArray('child-records.json', (after: { id: string } | undefined) =>
    db.childRecord.findMany({ where, orderBy: { id: 'asc' }, take: PAGE, ...byId(after) }),
  );
  yield* jsonArray('incidents.json', (after: { id: string } | undefined) =>
    db.incident.findMany({ where, orderBy: { id: 'asc' }, take: PAGE, ...byId(after) }),
  );
  yield* jsonArray('platforms.json', (after: { platformId: string } | undefined) =>
    db.partnershipPlatform.findMany({
      where,
      orderBy: { platformId: 'asc' },
      take: PAGE,
      ...(after
        ? { cursor: { partnershipId_platformId: { partnershipId, platformId: after.platformId } }, skip: 1 }
        : {}),
      include: { platform: { select: { slug: true, name: true } } },
    }),
  );
  yield* jsonArray('harm-categories.json', (after: { id: string } | undefined) =>
    db.harmCategory.findMany({ where, orderBy: { id: 'asc' }, take: PAGE, ...byId(after) }),
  );
  yield* jsonArray('warnings.json', (after: { id: string } | undefined) =>
    db.platformWarning.findMany({ where, orderBy: { id: 'asc' }, take: PAGE, ...byId(after) }),
  );
  yield* jsonArray('account-patterns.json', (after: { id: string } | undefined) =>
    db.accountPattern.findMany({
      where,
      orderBy: { id: 'asc' },
      take: PAGE,
      ...byId(after),
      include: { referrals: true, platform: { select: { name: true } } },
    }),
  );
  yield* jsonArray('trend-flags.json', (after: { id: string } | undefined) =>
    db.trendFlag.findMany({ where, orderBy: { id: 'asc' }, take: PAGE, ...byId(after) }),
  );
  yield* jsonArray('deletion-records.json', (after: { id: string } | undefined) =>
    db.deletionRecord.findMany({ where, orderBy: { id: 'asc' }, take: PAGE, ...byId(after) }),
  );
  yield* jsonArray('audit.json', (after: { id: bigint } | undefined) =>
    db.auditEntry.findMany({
      where: { partnershipId, ...(after ? { id: { gt: after.id } } : {}) },
      orderBy: { id: 'asc' },
      take: PAGE,
      select: {
        id: true,
        at: true,
        actorId: true,
        actor: { select: { name: true } },
        action: true,
        subject: true,
        subjectId: true,
        concernId: true,
        detail: true,
        chainPosition: true,
        hash: true,
      },
    }),
  );

  yield* csv(
    'concerns.csv',
    [
      'reference',
      'status',
      'route',
      'school_urn',
      'school',
      'urgent',
      'risk',
      'submitted_at',
      'first_opened_at',
      'closed_at',
      'child_age',
      'child_year',
      'legal_hold',
    ],
    (after: { id: string } | undefined) =>
      db.concern.findMany({
        where,
        orderBy: { id: 'asc' },
        take: PAGE,
        ...byId(after),
        select: {
          id: true,
          reference: true,
          status: true,
          route: true,
          school: { select: { urn: true, name: true } },
          urgent: true,
          riskLevel: true,
          submittedAt: true,
          firstOpenedAt: true,
          closedAt: true,
          childAge: true,
          childYear: true,
          legalHold: true,
        },
      }),
    (c) => [
      c.reference,
      c.status,
      c.route,
      c.school?.urn,
      c.school?.name,
      c.urgent ? 'yes' : 'no',
      c.riskLevel,
      c.submittedAt.toISOString(),
      c.firstOpenedAt?.toISOString(),
      c.closedAt?.toISOString(),
      c.childAge,
      c.childYear,
      c.legalHold ? 'yes' : 'no',
    ],
  );
  yield* csv(
    'referrals.csv',
    ['concern_reference', 'destination', 'referred_on', 'their_reference', 'referred_by'],
    (after: { id: string } | undefined) =>
      db.referral.findMany({
        where: { concern: { partnershipId } },
        orderBy: { id: 'asc' },
        take: PAGE,
        ...byId(after),
        select: {
          id: true,
          destination: true,
          referredOn: true,
          theirReference: true,
          concern: { select: { reference: true } },
          referredBy: { select: { name: true } },
        },
      }),
    (r) => [
      r.concern.reference,
      r.destination,
      r.referredOn.toISOString().slice(0, 10),
      r.theirReference,
      r.referredBy?.name,
    ],
  );
  yield* csv(
    'schools.csv',
    ['urn', 'name', 'town', 'postcode', 'phase', 'local_authority', 'active'],
    (after: { id: string } | undefined) =>
      db.school.findMany({ where, orderBy: { id: 'asc' }, take: PAGE, ...byId(after) }),
    (s) => [s.urn, s.name, s.town, s.postcode, s.phase, s.localAuthority, s.active ? 'yes' : 'no'],
  );
  yield* csv('staff.csv', ['name', 'email', 'role', 'school_urn', 'active'], staffPage, (m) => [
    m.user.name,
    m.user.email,
    m.role,
    m.school?.urn,
    m.user.active ? 'yes' : 'no',
  ]);

  // One PDF per case, rendered as staff download it from the case page.
  let cases = 0;
  let after: string | undefined;
  for (;;) {
    const page = await db.concern.findMany({
      where,
      orderBy: { id: 'asc' },
      take: PAGE,
      ...(after ? { cursor: { id: after }, skip: 1 } : {}),
      select: { id: true, reference: true },
    });
    for (const { id, reference } of page) {
      const record = await db.$transaction((tx) => loadCaseRecordForExport(tx, id));
      zip.open(`cases/${reference}.pdf`);
      zip.write(new Uint8Array(await renderCasePdf(record, user.name)));
      zip.close();
      cases++;
      yield* zip.drain();
    }
    if (page.length < PAGE) break;
    after = page.at(-1)?.id;
  }
  counts.cases = cases;

  zip.open('manifest.json');
  zip.write(
    toJson({
      format: BUNDLE_FORMAT,
      formatVersion: BUNDLE_FORMAT_VERSION,
      partnership: { id: partnership.id, slug: partnership.slug, name: partnership.name },
      generatedAt: now.toISOString(),
      generatedBy: { name: user.name, email: user.email },
      counts,
      files: BUNDLE_FILES,
    }) + '\n',
  );
  zip.close();
  zip.end();
  yield* zip.drain();

  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: user.id,
      action: 'partnership.export.complete',
      subject: 'Partnership',
      subjectId: partnershipId,
      partnershipId,
      detail: { formatVersion: BUNDLE_FORMAT_VERSION, counts },
    }),
  );
}

/** The bundle as a byte stream, made only as fast as the browser takes it. */
export function partnershipExportStream(
  user: SessionUser,
  partnershipId: string,
): ReadableStream<Uint8Array> {
  const chunks = partnershipExportChunks(user, partnershipId);
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next();
        if (done) controller.close();
        else controller.enqueue(value);
      } catch (error) {
        // The download stops short: a bundle without manifest.json is an incomplete one. No content logged.
        logger().error(
          { event: 'partnership.export.failed', err: { type: (error as Error)?.name } },
          'export failed',
        );
        controller.error(new Error('The export stopped'));
      }
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
