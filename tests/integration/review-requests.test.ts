// "Not happy with how your report was handled?" (issue 20): a parent with a follow-up session asks the
// partnership to look at their report again. Only that session's concern, one open review at a time; the
// front door is emailed the reference, reaches the concern to read (each view recorded as review access)
// and finishes the review; the school's DSL sees that a review was asked for, never the parent's reason.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { getDb } from '@/lib/db';
import { askForReview } from '@/lib/follow-up/follow-up-actions';
import { getConcernForReporter } from '@/lib/follow-up/get-concern-for-reporter';
import { startReporterSession } from '@/lib/follow-up/reporter-session';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-address';
import { makeStaff } from '../support/case-staff';
import { makePartnership } from '../support/factories';
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
