// After reporting it to the app or website, the parent tells us on the follow-up page what the platform did.
// Only with a valid reporter session for that concern, only about that concern's own platforms; each
// change is a chronology entry, and staff read it on the case record.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { reporterAccountRows } from '@/lib/cases/case-record-rows';
import { CASE_RECORD_INCLUDE, type CaseRecord } from '@/lib/cases/read-case-record';
import { savePlatformResponse } from '@/lib/follow-up/follow-up-actions';
import { startReporterSession } from '@/lib/follow-up/reporter-session';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-address';
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
let chat: { id: string; name: string };
let game: { id: string; name: string };
let mine: string;
let theirs: string;

async function makeConcern(reference: string, platformIds: string[]) {
  const concern = await getDb().concern.create({
    data: {
      reference,
      receiptHash: 'x',
      partnershipId: world.partnership.id,
      schoolId: world.school.id,
      route: 'SCHOOL',
      happened: 'THIS_WEEK',
      stillHappening: 'NOT_SURE',
      childKnows: 'YES',
      description: 'A concern.',
      reporterRelationship: 'PARENT_OR_CARER',
      platforms: { create: platformIds.map((platformId) => ({ platformId })) },
    },
  });
  return concern.id;
}

beforeAll(async () => {
  world = await makeReportingWorld();
  chat = await getDb().platform.create({ data: { slug: 'chatzone', name: 'ChatZone' } });
  game = await getDb().platform.create({ data: { slug: 'gamezone', name: 'GameZone' } });
  mine = await makeConcern('PLAT-0001', [chat.id, game.id]);
  theirs = await makeConcern('PLAT-0002', [chat.id]);
  request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.30' });
});
afterAll(() => closeRateLimits());

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  return data;
};
const responses = (concernId: string) =>
  getDb().concernPlatformResponse.findMany({ where: { concernId }, orderBy: { platformId: 'asc' } });
const entries = (concernId: string) =>
  getDb().concernEvent.findMany({ where: { concernId, kind: 'PLATFORM_RESPONSE' }, orderBy: { id: 'asc' } });

describe('what happened when the parent reported it to the platform', () => {
  it('refuses a POST without a reporter session, storing nothing', async () => {
    request.cookies.clear();
    await expect(savePlatformResponse({}, form({ [`response-${chat.id}`]: 'REMOVED' }))).rejects.toThrow(
      /NEXT_REDIRECT/,
    );
    expect(await responses(mine)).toEqual([]);
    expect(await responses(theirs)).toEqual([]);
  });

  it('stores an answer per platform of the concern, with the date, and a chronology entry per change', async () => {
    request.cookies.set('report_check', await startReporterSession(mine));
    const before = Date.now();
    expect(await savePlatformResponse({}, form({ [`response-${chat.id}`]: 'NO_REPLY' }))).toMatchObject({
      ok: true,
    });
    expect(await responses(mine)).toMatchObject([{ platformId: chat.id, response: 'NO_REPLY' }]);
    expect((await responses(mine))[0]!.answeredAt.getTime()).toBeGreaterThanOrEqual(before - 1000);

    // Changed later, and the other platform answered too; the same answer again adds nothing.
    await savePlatformResponse(
      {},
      form({ [`response-${chat.id}`]: 'REMOVED', [`response-${game.id}`]: 'REFUSED' }),
    );
    await savePlatformResponse({}, form({ [`response-${chat.id}`]: 'REMOVED' }));
    const stored = await responses(mine);
    expect(stored.map((r) => [r.platformId, r.response]).sort()).toEqual(
      [
        [chat.id, 'REMOVED'],
        [game.id, 'REFUSED'],
      ].sort(),
    );
    const chronology = await entries(mine);
    expect(chronology.map((e) => e.summary)).toEqual([
      'The reporter said what happened when they reported it to ChatZone: no reply.',
      'The reporter said what happened when they reported it to ChatZone: removed.',
      'The reporter said what happened when they reported it to GameZone: refused.',
    ]);

    const record = (await getDb().concern.findUniqueOrThrow({
      where: { id: mine },
      include: CASE_RECORD_INCLUDE,
    })) as unknown as CaseRecord;
    expect(reporterAccountRows(record)).toContainEqual({
      label: 'What the platform did (from the parent)',
      value: expect.stringMatching(/^ChatZone: removed \(\d+ \w+ \d{4}\); GameZone: refused \(/),
    });
  });

  it('refuses an answer about a platform that is not on this concern, and touches no other concern', async () => {
    request.cookies.set('report_check', await startReporterSession(theirs));
    expect(await savePlatformResponse({}, form({ [`response-${game.id}`]: 'REMOVED' }))).toMatchObject({
      formError: 'That app or website is not on your report. Nothing was saved.',
    });
    expect(await responses(theirs)).toEqual([]);
    expect((await responses(mine)).find((r) => r.platformId === game.id)?.response).toBe('REFUSED');
  });

  it('asks for an answer when none is chosen', async () => {
    request.cookies.set('report_check', await startReporterSession(mine));
    expect(await savePlatformResponse({}, form({}))).toMatchObject({
      fieldErrors: { _form: 'Select what happened on at least one app or website' },
    });
  });
});
