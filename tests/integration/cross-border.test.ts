// Many partnerships on one deployment: a parent on partnership A's site names a school of partnership B.
// The concern belongs to B (its DSL, its front door, its trends); A's site only counts it, once, in A's
// trends. Every test here crosses that boundary and checks it holds.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserFacingError } from '@/lib/actions/define-action';
import type { SessionUser } from '@/lib/auth/session';
import { caseSummaryRows } from '@/lib/cases/case-record-rows';
import { listCases } from '@/lib/cases/list-cases';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { checkReceipt } from '@/lib/follow-up/check-receipt';
import { getConcernForReporter } from '@/lib/follow-up/get-concern-for-reporter';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { sendSchema } from '@/lib/reporting/schemas';
import { searchSchools } from '@/lib/reporting/search-schools';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { suggestSchools } from '@/lib/reporting/suggest-schools';
import { buildTrendHeadline } from '@/lib/trends/build-trend-headline';
import type { TrendFilters } from '@/lib/trends/filters';
import { loadFilterOptions } from '@/lib/trends/load-filter-options';
import { queryTrendHeadline } from '@/lib/trends/query-trend-headline';
import { makeStaff } from '../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

const db = getDb();
/** A, the site the parent uses, with its own school; B, the partnership next door. */
let a: ReportingWorld;
let b: { id: string; school: { id: string }; closed: { id: string } };
const staff: Record<'dslA' | 'frontDoorA' | 'dslB' | 'frontDoorB', SessionUser> = {} as never;
let addresses = 0;

beforeAll(async () => {
  a = await makeReportingWorld();
  const partnership = await makePartnership({ name: 'Brookvale Partnership' });
  const school = await makeSchool(partnership.id, {
    name: 'Brookvale Academy',
    town: 'Eastwick',
    postcode: 'BV1 2AB',
  });
  const closed = await makeSchool(partnership.id, { name: 'Brookvale Infants', active: false });
  b = { id: partnership.id, school, closed };
  staff.dslA = await makeStaff(a.partnership.id, [{ role: 'DSL', schoolId: a.school.id }]);
  staff.frontDoorA = await makeStaff(a.partnership.id, [{ role: 'FRONT_DOOR' }]);
  staff.dslB = await makeStaff(b.id, [{ role: 'DSL', schoolId: school.id }]);
  staff.frontDoorB = await makeStaff(b.id, [{ role: 'FRONT_DOOR' }]);
  // The public pages serve A.
  process.env.PARTNERSHIP_SLUG = a.partnership.slug;
  resetEnvForTests();
});
afterAll(async () => {
  delete process.env.PARTNERSHIP_SLUG;
  resetEnvForTests();
  await closeRateLimits();
});

/** Sends a report on A's site (the action passes the site's partnership, never the form's). */
async function sendOnSiteA(answers: Parameters<typeof completeAnswers>[1]) {
  const outcome = await submitConcern({
    token: await startJourney(completeAnswers(a, answers)),
    partnershipId: a.partnership.id,
    honeypot: '',
    address: `198.51.100.${(addresses += 1)}`,
  });
  if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
  return {
    ...outcome,
    concern: await db.concern.findUniqueOrThrow({ where: { reference: outcome.reference } }),
  };
}

describe('a school of another partnership on the same deployment', () => {
  it('is found by the type-ahead and the results page of A’s site, looking like any other school', async () => {
    const { suggestions } = await suggestSchools('brookvale', '203.0.113.40');
    expect(suggestions).toEqual([{ name: 'Brookvale Academy', town: 'Eastwick', postcode: 'BV1 2AB' }]);
    expect((await searchSchools('bv1 2')).map((s) => s.id)).toEqual([b.school.id]);
    expect((await searchSchools('eastwick')).map((s) => s.id)).toEqual([b.school.id]);
  });

  it('gets the concern: B’s DSL lists it, A’s DSL and front door cannot find it', async () => {
    const sent = await sendOnSiteA({ school: b.school.id });
    expect(sent.concern).toMatchObject({
      partnershipId: b.id,
      reportedViaPartnershipId: a.partnership.id,
      schoolId: b.school.id,
      route: 'SCHOOL',
    });
    const listed = async (user: SessionUser) =>
      ((await listCases(user, {}))?.rows ?? []).map((row) => row.reference);
    expect(await listed(staff.dslB)).toContain(sent.reference);
    for (const user of [staff.dslA, staff.frontDoorA]) {
      expect(await listed(user)).not.toContain(sent.reference);
      expect(await readCaseRecord(user, sent.reference, 'view')).toBeNull();
      expect(await readCaseRecord(user, sent.concern.id, 'pdf')).toBeNull();
    }
    const record = await readCaseRecord(staff.dslB, sent.reference, 'view');
    expect(caseSummaryRows(record!)).toContainEqual({
      label: 'Sent through',
      value: 'Test Partnership’s website (the parent checks for news there)',
    });
  });

  it('says nothing about the site on a concern sent through its own partnership’s site', async () => {
    const sent = await sendOnSiteA({ school: a.school.id });
    const record = await readCaseRecord(staff.dslA, sent.reference, 'view');
    expect(caseSummaryRows(record!).map((row) => row.label)).not.toContain('Sent through');
  });

  it('leaves a school not in the list with the site’s own front door', async () => {
    const sent = await sendOnSiteA({ school: 'NOT_FOUND', schoolOther: 'Brookvale Academy' });
    expect(sent.concern).toMatchObject({
      partnershipId: a.partnership.id,
      reportedViaPartnershipId: null,
      schoolId: null,
      route: 'FRONT_DOOR',
    });
    const frontDoorB = await listCases(staff.frontDoorB, {});
    expect(frontDoorB?.rows.map((r) => r.reference)).not.toContain(sent.reference);
  });

  it('refuses a forged school: an id that is not an active school anywhere stores nothing', async () => {
    const before = await db.concern.count();
    for (const school of [randomUUID(), b.closed.id, a.partnership.id, b.id])
      await expect(sendOnSiteA({ school })).rejects.toBeInstanceOf(UserFacingError);
    expect(await db.concern.count()).toBe(before);
  });

  it('ignores a forged partnership field in the send form: the site comes from the server alone', () => {
    const forged = { website: '', sentToken: '', partnershipId: b.id, reportedViaPartnershipId: b.id };
    const parsed = sendSchema.safeParse(forged);
    expect(parsed.success && Object.keys(parsed.data).sort()).toEqual(['sentToken', 'website']);
  });

  it('lets the parent follow up with the reference and code on the site they used', async () => {
    const sent = await sendOnSiteA({ school: b.school.id });
    const check = await checkReceipt({
      reference: sent.reference,
      receipt: sent.receipt,
      address: '192.0.2.50',
    });
    expect(check).toEqual({ kind: 'ok', concernId: sent.concern.id });
    expect((await getConcernForReporter(sent.concern.id))?.reference).toBe(sent.reference);
  });
});

describe('trends of both partnerships', () => {
  const filters: TrendFilters = {
    from: new Date('2026-03-01T00:00:00Z'),
    to: new Date('2026-05-31T00:00:00Z'),
    period: 'month',
    platformId: null,
    harmCategoryId: null,
    area: null,
    phase: null,
  };
  const HEADING = 'Sent through this site about schools in other areas';

  beforeAll(async () => {
    // In the chosen span: 6 sent on A's site about B's school, 1 on B's own site. Before it: 2 from A's site.
    const at = (day: string) => new Date(`${day}T12:00:00Z`);
    const cross = { partnershipId: b.id, reportedViaPartnershipId: a.partnership.id, schoolId: b.school.id };
    for (let i = 0; i < 6; i += 1) await makeConcern({ ...cross, submittedAt: at(`2026-04-1${i}`) });
    for (const day of ['2026-01-05', '2026-02-05']) await makeConcern({ ...cross, submittedAt: at(day) });
    await makeConcern({ partnershipId: b.id, submittedAt: at('2026-04-20') });
    // A's own: sent on A's site about A's school.
    await makeConcern({
      partnershipId: a.partnership.id,
      schoolId: a.school.id,
      submittedAt: at('2026-04-21'),
    });
  });

  it('show A one rounded count of them and nothing else about them', async () => {
    const headline = await buildTrendHeadline(
      db,
      a.partnership.id,
      filters,
      await loadFilterOptions(db, a.partnership.id),
    );
    const figure = headline.figures.find((f) => f.label === HEADING);
    expect(figure?.now).toEqual({ value: 5, text: '5', hidden: false });
    expect(figure?.before).toMatchObject({ hidden: true, text: 'fewer than 5' });
    // A's own figures do not count them.
    const counts = await queryTrendHeadline(db, a.partnership.id, filters);
    expect(counts.concerns.now).toBe(1);
    expect(counts.schools.now).toBe(1);
  });

  it('count them as B’s own concerns, and give B no such figure for them', async () => {
    const counts = await queryTrendHeadline(db, b.id, filters);
    expect(counts.concerns).toEqual({ now: 7, before: 2 });
    expect(counts.schools.now).toBe(1);
    const headline = await buildTrendHeadline(db, b.id, filters, await loadFilterOptions(db, b.id));
    expect(headline.figures.find((f) => f.label === HEADING)?.now.text).toBe('0');
  });

  it('leave the count out when a platform, harm, area or phase is chosen, so it cannot be broken down', async () => {
    const options = await loadFilterOptions(db, a.partnership.id);
    const chosen = { ...filters, platformId: a.platform.id };
    const headline = await buildTrendHeadline(db, a.partnership.id, chosen, options);
    expect(headline.figures.map((f) => f.label)).not.toContain(HEADING);
  });
});
