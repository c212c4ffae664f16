// "Not happy with how your report was handled?" (issue 20): a parent with a follow-up session asks the
// partnership to look at their report again. Only that session's concern, one open review at a time; the
// front door is emailed the reference, reaches the concern to read (each view recorded as review access)
// and finishes the review; the school's DSL sees that a review was asked for, never the parent's reason.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { listCases } from '@/lib/cases/list-cases';
import { passOnCase } from '@/lib/cases/pass-on-case';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { getDb } from '@/lib/db';
import { NotFoundError } from '@/lib/errors';
import { askForReview } from '@/lib/follow-up/follow-up-actions';
import { getConcernForReporter } from '@/lib/follow-up/get-concern-for-reporter';
import { startReporterSession } from '@/lib/follow-up/reporter-session';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { finishReview } from '@/lib/reviews/finish-review';
import { listCaseReviews } from '@/lib/reviews/list-case-reviews';
import { listOpenReviews } from '@/lib/reviews/list-open-reviews';
import { exportConcern } from '@/lib/subject-access/export-concern';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-address';
import { makeStaff } from '../support/case-staff';
import { makePartnership, makeSchool } from '../support/factories';
import { makeReportingWorld, type ReportingWorld } from '../support/report-fixtures';

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    set: (name: string, value: string) => void request.cookies.set(name, value),
  }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

let world: ReportingWorld;
let frontDoor: SessionUser;
let dsl: SessionUser;
let otherFrontDoor: SessionUser;
let otherDsl: SessionUser;
let count = 0;

async function concern(schoolId = world.school.id) {
  count += 1;
  return getDb().concern.create({
    data: {
      reference: `REVW-${String(count).padStart(4, '0')}`,
      receiptHash: 'x',
      partnershipId: world.partnership.id,
      schoolId,
      route: 'SCHOOL',
      happened: 'THIS_WEEK',
      stillHappening: 'NOT_SURE',
      childKnows: 'YES',
      description: 'A concern.',
      reporterRelationship: 'PARENT_OR_CARER',
    },
  });
}

const signInAs = async (concernId: string) =>
  request.cookies.set('report_check', await startReporterSession(concernId));

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};

const reviews = (concernId: string) => getDb().reviewRequest.findMany({ where: { concernId } });

beforeAll(async () => {
  world = await makeReportingWorld();
  await getDb().partnership.update({
    where: { id: world.partnership.id },
    data: { frontDoorEmail: 'front-door@example.test' },
  });
  frontDoor = await makeStaff(world.partnership.id, [{ role: 'FRONT_DOOR' }]);
  dsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: world.school.id }]);
  otherFrontDoor = await makeStaff((await makePartnership()).id, [{ role: 'FRONT_DOOR' }]);
  const otherSchool = await makeSchool(world.partnership.id);
  otherDsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: otherSchool.id }]);
  request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.20' });
});
afterAll(() => closeRateLimits());

describe('asking for a review', () => {
  it('refuses a post without a follow-up session, and stores nothing', async () => {
    const { id } = await concern();
    request.cookies.clear();
    await expect(askForReview({}, form({ reason: 'Nobody called me.' }))).rejects.toThrow();
    request.cookies.set('report_check', 'not-a-real-session');
    await expect(askForReview({}, form({ reason: 'Nobody called me.' }))).rejects.toThrow();
    expect(await reviews(id)).toEqual([]);
  });

  it('refuses a post naming another concern: the concern comes only from the session', async () => {
    const mine = await concern();
    const theirs = await concern();
    await signInAs(mine.id);
    for (const field of ['concernId', 'reference']) {
      const value = field === 'concernId' ? theirs.id : theirs.reference;
      const result = await askForReview({}, form({ reason: 'Look again', [field]: value }));
      expect(result.ok).toBeFalsy();
    }
    expect(await reviews(theirs.id)).toEqual([]);
    expect(await reviews(mine.id)).toEqual([]);
  });

  it('stores one open review with its sealed reason and a chronology entry, and says so to the parent', async () => {
    const { id } = await concern();
    await signInAs(id);
    const result = await askForReview({}, form({ reason: 'Nobody called me back.' }));
    expect(result).toMatchObject({ ok: true });
    const [review] = await reviews(id);
    expect(review).toMatchObject({
      status: 'OPEN',
      partnershipId: world.partnership.id,
      reason: 'Nobody called me back.',
    });
    const [sealed] = await getDb().$queryRaw<{ reason: string }[]>`
      SELECT reason FROM "ReviewRequest" WHERE "concernId" = ${id}::uuid`;
    expect(sealed!.reason).toMatch(/^enc:v1:/);
    const events = await getDb().concernEvent.findMany({
      where: { concernId: id, kind: 'REVIEW_REQUESTED' },
    });
    expect(events).toHaveLength(1);
    expect(events[0]!.summary).not.toContain('Nobody called me back');
    const seen = await getConcernForReporter(id);
    expect(seen?.review).toMatchObject({ askedAt: review!.askedAt, finished: false });
  });

  it('takes no reason at all, but refuses one that is too long', async () => {
    const { id } = await concern();
    await signInAs(id);
    const tooLong = await askForReview({}, form({ reason: 'a'.repeat(2001) }));
    expect(tooLong.fieldErrors?.reason).toBe('What you are unhappy about must be 2,000 characters or fewer');
    expect(await reviews(id)).toEqual([]);
    expect(await askForReview({}, form({ reason: '' }))).toMatchObject({ ok: true });
    expect((await reviews(id))[0]?.reason ?? null).toBeNull();
  });

  it('says plainly that a review is already being looked at when asked again', async () => {
    const { id } = await concern();
    await signInAs(id);
    expect(await askForReview({}, form({ reason: 'First' }))).toMatchObject({ ok: true });
    const again = await askForReview({}, form({ reason: 'Second' }));
    expect(again.formError).toMatch(/already/);
    expect(await reviews(id)).toHaveLength(1);
  });

  it('emails the front door the reference only, for the concern’s partnership', async () => {
    const { id, reference } = await concern();
    await signInAs(id);
    await askForReview({}, form({ reason: 'Nobody called me back.' }));
    const emails = await getDb().outboxEmail.findMany({
      where: { concernId: id, kind: 'concern.review-requested' },
    });
    expect(emails.map((e) => e.toAddress).sort()).toEqual(
      [frontDoor.email, 'front-door@example.test'].sort(),
    );
    for (const email of emails) {
      expect(email.partnershipId).toBe(world.partnership.id);
      expect(email.subject).toContain(reference);
      expect(`${email.subject} ${email.textBody}`).not.toMatch(/Nobody called|A concern\./);
    }
    expect(emails.map((e) => e.toAddress)).not.toContain(otherFrontDoor.email);
    expect(emails.map((e) => e.toAddress)).not.toContain(dsl.email);
  });
});

/** A school's concern whose parent asked for a review, with their reason. */
async function reviewed(reason = 'Nobody called me back.') {
  const made = await concern();
  await signInAs(made.id);
  expect(await askForReview({}, form({ reason }))).toMatchObject({ ok: true });
  const review = await getDb().reviewRequest.findFirstOrThrow({ where: { concernId: made.id } });
  return { ...made, reviewId: review.id };
}

const auditActions = async (concernId: string, actorId: string) =>
  (await getDb().auditEntry.findMany({ where: { concernId, actorId }, orderBy: { id: 'asc' } })).map(
    (a) => a.action,
  );

describe('the front door and a review', () => {
  it('reaches a school’s concern only once a review is asked for, to read, each view recorded as review access', async () => {
    const plain = await concern();
    expect(await readCaseRecord(frontDoor, plain.reference, 'view')).toBeNull();
    const asked = await reviewed();
    const record = await readCaseRecord(frontDoor, asked.reference, 'view');
    expect(record).toMatchObject({ reference: asked.reference, sharedReadOnly: true, reviewReach: true });
    expect(await readCaseRecord(frontDoor, asked.reference, 'pdf')).not.toBeNull();
    expect(await auditActions(asked.id, frontDoor.id)).toEqual(['concern.review.view', 'concern.review.pdf']);
    // Its only change there is finishing the review: a note is refused as "not found".
    await expect(
      addCaseNote(frontDoor, { reference: asked.reference, version: record!.version, note: 'x' }),
    ).rejects.toBeInstanceOf(NotFoundError);
  });

  it('is the front door of the concern’s own partnership only; another school’s DSL reaches nothing', async () => {
    const asked = await reviewed();
    expect(await readCaseRecord(otherFrontDoor, asked.reference, 'view')).toBeNull();
    expect(await readCaseRecord(otherDsl, asked.reference, 'view')).toBeNull();
    const input = {
      reference: asked.reference,
      version: 0,
      reviewId: asked.reviewId,
      outcome: 'Looked at it.',
    };
    await expect(finishReview(otherFrontDoor, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(finishReview(otherDsl, input)).rejects.toBeInstanceOf(NotFoundError);
    await expect(finishReview(dsl, input)).rejects.toThrow(/Only the front door/);
    expect(await reviews(asked.id)).toMatchObject([{ status: 'OPEN', outcome: null }]);
  });

  it('finishes the review with an outcome note, once, and keeps reading it afterwards', async () => {
    const asked = await reviewed();
    const input = {
      reference: asked.reference,
      version: 0,
      reviewId: asked.reviewId,
      outcome: 'The school did call.',
    };
    await finishReview(frontDoor, input);
    expect(await reviews(asked.id)).toMatchObject([
      { status: 'FINISHED', outcome: 'The school did call.', finishedById: frontDoor.id },
    ]);
    const event = await getDb().concernEvent.findFirstOrThrow({
      where: { concernId: asked.id, kind: 'REVIEW_FINISHED' },
    });
    expect(event).toMatchObject({ actorId: frontDoor.id, detail: { outcome: 'The school did call.' } });
    expect(await auditActions(asked.id, frontDoor.id)).toEqual(['concern.review.finish']);
    await expect(finishReview(frontDoor, input)).rejects.toThrow(/already finished/);
    expect(await readCaseRecord(frontDoor, asked.reference, 'view')).toMatchObject({ reviewReach: true });
    expect((await getConcernForReporter(asked.id))?.review).toMatchObject({ finished: true });
  });

  it('shows the parent’s reason to the front door, and to the school’s DSL only that a review was asked for', async () => {
    const asked = await reviewed('The school ignored me.');
    const forFrontDoor = await listCaseReviews(frontDoor, asked);
    expect(forFrontDoor).toMatchObject([{ reason: 'The school ignored me.', canFinish: true }]);
    const forDsl = await listCaseReviews(dsl, asked);
    expect(forDsl).toHaveLength(1);
    expect(forDsl[0]).toMatchObject({ reason: null, canFinish: false });
    const events = (await readCaseRecord(dsl, asked.reference, 'view'))!.events;
    expect(events.map((e) => e.kind)).toContain('REVIEW_REQUESTED');
    expect(JSON.stringify(events.map((e) => [e.summary, e.detail]))).not.toContain('ignored me');
  });

  it('lists the open reviews on the front door’s case list, and none for another partnership', async () => {
    const asked = await reviewed();
    expect((await listOpenReviews(frontDoor)).map((r) => r.reference)).toContain(asked.reference);
    expect(await listOpenReviews(otherFrontDoor)).toEqual([]);
    expect(await listOpenReviews(dsl)).toEqual([]);
    // The school's own list marks the case; a case with no review is not marked.
    const plain = await concern();
    const rows = (await listCases(dsl, {}))!.rows;
    expect(rows.find((r) => r.reference === asked.reference)?.reviewAsked).toBe(true);
    expect(rows.find((r) => r.reference === plain.reference)?.reviewAsked).toBe(false);
  });
});

// A concern passed to a school of another partnership (or its file accepted there) takes its reviews with it:
// the partnership that holds the case answers the parent, and a partnership that leaves later takes none of
// them away. The first partnership's front door reaches nothing through them any more, and someone on the
// front door of both reads the case as the second partnership's, never through the first one's old review.
describe('a concern passed to another partnership', () => {
  it('takes its reviews along: the new front door is told of the open one, reads and finishes it; the first reaches nothing', async () => {
    const asked = await reviewed('The school never rang.');
    await finishReview(frontDoor, {
      reference: asked.reference,
      version: 0,
      reviewId: asked.reviewId,
      outcome: 'Spoke to the school.',
    });
    expect(await askForReview({}, form({ reason: 'Still nobody rang.' }))).toMatchObject({ ok: true });

    const second = await makePartnership();
    const farSchool = await makeSchool(second.id);
    await makeStaff(second.id, [{ role: 'DSL', schoolId: farSchool.id }]);
    const secondFrontDoor = await makeStaff(second.id, [{ role: 'FRONT_DOOR' }], 'Sam Second');
    const both = await makeStaff(world.partnership.id, [{ role: 'FRONT_DOOR' }], 'Pat Both');
    await getDb().membership.create({
      data: { userId: both.id, partnershipId: second.id, role: 'FRONT_DOOR' },
    });
    const onBoth: SessionUser = {
      ...both,
      memberships: [...both.memberships, { role: 'FRONT_DOOR', partnershipId: second.id, schoolId: null }],
      partnerships: [...both.partnerships, { id: second.id, name: second.name }],
    };

    const { version } = await getDb().concern.findUniqueOrThrow({ where: { id: asked.id } });
    await passOnCase(dsl, { reference: asked.reference, version, to: farSchool.id, reason: 'She moved.' });
    expect(await getDb().concern.findUniqueOrThrow({ where: { id: asked.id } })).toMatchObject({
      partnershipId: second.id,
      schoolId: farSchool.id,
    });

    // Both reviews are the second partnership's now, their words still readable (sealed under its keys).
    const moved = await getDb().reviewRequest.findMany({
      where: { concernId: asked.id },
      orderBy: { askedAt: 'asc' },
    });
    expect(moved).toMatchObject([
      {
        partnershipId: second.id,
        status: 'FINISHED',
        reason: 'The school never rang.',
        outcome: 'Spoke to the school.',
      },
      { partnershipId: second.id, status: 'OPEN', reason: 'Still nobody rang.' },
    ]);
    // Its front door is told of the open one (the reference only), as when a parent asks.
    const told = await getDb().outboxEmail.findMany({
      where: { concernId: asked.id, kind: 'concern.review-requested', partnershipId: second.id },
    });
    expect(told.map((e) => e.toAddress)).toContain(secondFrontDoor.email);
    expect(told.map((e) => e.toAddress)).not.toContain(frontDoor.email);
    for (const email of told) expect(`${email.subject} ${email.textBody}`).not.toMatch(/nobody rang/i);

    // The first partnership's front door: nothing, by list, page or action.
    expect((await listOpenReviews(frontDoor)).map((r) => r.reference)).not.toContain(asked.reference);
    expect(await readCaseRecord(frontDoor, asked.reference, 'view')).toBeNull();
    const open = moved[1]!;
    const finish = { reference: asked.reference, version: 0, reviewId: open.id, outcome: 'Done.' };
    await expect(finishReview(frontDoor, finish)).rejects.toBeInstanceOf(NotFoundError);
    // Someone on both front doors reads it as the second partnership's.
    expect(await readCaseRecord(onBoth, asked.reference, 'view')).toMatchObject({ reviewReach: true });

    // The second partnership's front door lists the open review, reads the parent's words, finishes it.
    expect((await listOpenReviews(secondFrontDoor)).map((r) => r.reference)).toContain(asked.reference);
    expect(await readCaseRecord(secondFrontDoor, asked.reference, 'view')).toMatchObject({
      reviewReach: true,
    });
    expect(await listCaseReviews(secondFrontDoor, { id: asked.id, schoolId: farSchool.id })).toMatchObject([
      { reason: 'The school never rang.', canFinish: false },
      { reason: 'Still nobody rang.', canFinish: true },
    ]);
    await finishReview(secondFrontDoor, { ...finish, outcome: 'Rang the new school.' });
    expect(await reviews(asked.id)).toMatchObject([{ status: 'FINISHED' }, { status: 'FINISHED' }]);
    // And the parent may ask again, of the partnership that now holds the report.
    expect(await askForReview({}, form({ reason: 'One more thing.' }))).toMatchObject({ ok: true });
    expect(
      await getDb().reviewRequest.count({
        where: { concernId: asked.id, status: 'OPEN', partnershipId: second.id },
      }),
    ).toBe(1);
  });
});

describe('a subject access export', () => {
  it('holds the reviews the parent asked for, with their reason and what the front door found', async () => {
    const asked = await reviewed('Nobody called me back.');
    const exported = await exportConcern(frontDoor, world.partnership.id, asked.reference, 'json');
    expect(exported?.reviews).toMatchObject([
      { reasonGivenByReporter: 'Nobody called me back.', status: 'OPEN', outcome: null },
    ]);
  });
});
