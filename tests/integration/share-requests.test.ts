import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerShareRequest } from '@/lib/share-requests/answer-share-request';
import { listCaseShareRequests } from '@/lib/share-requests/list-share-requests';
import { requestShares } from '@/lib/share-requests/request-shares';
import type { SessionUser } from '@/lib/auth/session';
import { passOnCase } from '@/lib/cases/pass-on-case';
import { readCaseRecord } from '@/lib/cases/read-case-record';
import { migrationsDir } from '@/lib/database/migrations';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import type { Answers } from '@/lib/reporting/answers';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { makeStaff } from '../support/case-staff';
import { makePartnership, makeSchool } from '../support/factories';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;
let secondSchool: { id: string };
let frontDoor: SessionUser;
let firstDsl: SessionUser;
let secondDsl: SessionUser;
let otherFrontDoor: SessionUser;
let references: string[];
let patternId: string;
let addressCount = 0;

async function send(overrides: Answers) {
  const token = await startJourney(completeAnswers(world, overrides));
  const outcome = await submitConcern({
    token,
    partnershipId: world.partnership.id,
    honeypot: '',
    address: `198.51.100.${(addressCount += 1)}`,
  });
  if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
  return outcome.reference;
}

const version = async (reference: string) =>
  (await getDb().concern.findUniqueOrThrow({ where: { reference } })).version;

beforeAll(async () => {
  world = await makeReportingWorld();
  secondSchool = await makeSchool(world.partnership.id);
  frontDoor = await makeStaff(world.partnership.id, [{ role: 'FRONT_DOOR' }]);
  firstDsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: world.school.id }]);
  secondDsl = await makeStaff(world.partnership.id, [{ role: 'DSL', schoolId: secondSchool.id }]);
  otherFrontDoor = await makeStaff((await makePartnership()).id, [{ role: 'FRONT_DOOR' }]);
  const account = { accounts: { [world.platform.id]: '@share.me' } };
  references = [await send(account), await send({ ...account, school: secondSchool.id })];
  ({ id: patternId } = await getDb().accountPattern.findFirstOrThrow({
    where: { partnershipId: world.partnership.id },
  }));
});
afterAll(() => closeRateLimits());

describe('asking schools to share the concerns of a pattern', () => {
  it('lets the front door read a concern only once its DSL accepts, and only that one', async () => {
    const [first, second] = references as [string, string];
    expect(await readCaseRecord(frontDoor, first, 'view')).toBeNull();

    const asked = await requestShares(frontDoor, world.partnership.id, { patternId, note: 'Same account' });
    expect(asked).toBe(2);
    expect(await readCaseRecord(frontDoor, first, 'view')).toBeNull();

    const request = await getDb().shareRequest.findFirstOrThrow({ where: { concern: { reference: first } } });
    // Another school's DSL cannot answer it (the case is not in their reach).
    await expect(
      answerShareRequest(secondDsl, {
        reference: first,
        version: await version(first),
        requestId: request.id,
        answer: 'ACCEPTED',
        reason: 'Yes',
      }),
    ).rejects.toThrow();
    await answerShareRequest(firstDsl, {
      reference: first,
      version: await version(first),
      requestId: request.id,
      answer: 'ACCEPTED',
      reason: 'Shared for the pattern',
    });

    const shared = await readCaseRecord(frontDoor, first, 'view');
    expect(shared?.reference).toBe(first);
    expect(shared?.sharedReadOnly).toBe(true);
    expect(shared?.events.map((e) => e.kind)).toContain('INFORMATION_SHARING');
    expect(await readCaseRecord(frontDoor, second, 'view')).toBeNull();
    expect(await readCaseRecord(otherFrontDoor, first, 'view')).toBeNull();
  });

  it('keeps a refused concern closed to the front door, with the reason recorded', async () => {
    const second = references[1] as string;
    const request = await getDb().shareRequest.findFirstOrThrow({
      where: { concern: { reference: second } },
    });
    await answerShareRequest(secondDsl, {
      reference: second,
      version: await version(second),
      requestId: request.id,
      answer: 'REFUSED',
      reason: 'Police already involved',
    });
    expect(await readCaseRecord(frontDoor, second, 'view')).toBeNull();
    const refused = await getDb().shareRequest.findUniqueOrThrow({ where: { id: request.id } });
    expect(refused).toMatchObject({ status: 'REFUSED', reason: 'Police already involved' });
    const audit = await getDb().auditEntry.findMany({
      where: { action: 'concern.share-request.answer', subjectId: refused.concernId },
    });
    expect(audit).toHaveLength(1);
  });
});

// A concern passed to a school of another partnership leaves the first partnership's pattern (its account
// names move: lib/cases/move-to-partnership.ts). A request still waiting goes with it; an answered one
// stays the first partnership's record. The new school's team never sees the first front door's requests
// or their notes, and cannot answer them.
describe('a concern passed to another partnership', () => {
  it('takes no request along: a waiting one ends, and the new school sees and answers none', async () => {
    const first = references[0] as string;
    const third = await send({ accounts: { [world.platform.id]: '@share.me' } });
    expect(
      await requestShares(frontDoor, world.partnership.id, { patternId, note: 'Same account again' }),
    ).toBe(1);
    const waiting = await getDb().shareRequest.findFirstOrThrow({ where: { concern: { reference: third } } });
    expect(waiting.status).toBe('PENDING');

    const south = await makePartnership();
    const farSchool = await makeSchool(south.id);
    const farDsl = await makeStaff(south.id, [{ role: 'DSL', schoolId: farSchool.id }]);
    for (const reference of [first, third]) {
      await passOnCase(firstDsl, {
        reference,
        version: await version(reference),
        to: farSchool.id,
        reason: 'Moved.',
      });
    }

    expect(await getDb().shareRequest.findUnique({ where: { id: waiting.id } })).toBeNull();
    expect(
      await getDb().shareRequest.count({ where: { concern: { reference: first }, status: 'ACCEPTED' } }),
    ).toBe(1);
    for (const reference of [first, third]) {
      const record = await readCaseRecord(farDsl, reference, 'view');
      expect(record).not.toBeNull();
      expect(await listCaseShareRequests(farDsl, record!)).toEqual([]);
    }
    const accepted = await getDb().shareRequest.findFirstOrThrow({
      where: { concern: { reference: first } },
    });
    await expect(
      answerShareRequest(farDsl, {
        reference: first,
        version: await version(first),
        requestId: accepted.id,
        answer: 'REFUSED',
        reason: 'Not ours to share',
      }),
    ).rejects.toThrow(/already been answered/);
    // The first front door's old "yes" opens nothing now the case is another partnership's.
    expect(await readCaseRecord(frontDoor, first, 'view')).toBeNull();
  });

  it('ends, by migration, a request left waiting by a move made before moves ended them', async () => {
    const db = getDb();
    const moved = await send({ accounts: { [world.platform.id]: '@share.me' } });
    const stayed = await send({ accounts: { [world.platform.id]: '@share.me' } });
    const south = await makePartnership();
    await passOnCase(firstDsl, {
      reference: moved,
      version: await version(moved),
      to: (await makeSchool(south.id)).id,
      reason: 'Moved.',
    });
    // As such a move left it: the first front door's request still waiting on a case now in the south.
    const ask = async (reference: string) =>
      db.shareRequest.create({
        data: {
          partnershipId: world.partnership.id,
          patternId,
          concernId: (await db.concern.findUniqueOrThrow({ where: { reference } })).id,
          note: 'Same account again',
          requestedById: frontDoor.id,
        },
      });
    const leftBehind = await ask(moved);
    const stillOurs = await ask(stayed);
    const sql = readFileSync(
      join(migrationsDir, '20261205064000_pending_share_requests_end_with_move', 'migration.sql'),
      'utf8',
    );
    await db.$executeRawUnsafe(sql);
    expect(await db.shareRequest.findUnique({ where: { id: leftBehind.id } })).toBeNull();
    expect(await db.shareRequest.findUnique({ where: { id: stillOurs.id } })).toMatchObject({
      status: 'PENDING',
    });
    // Answered requests are the first partnership's record: kept.
    expect(await db.shareRequest.count({ where: { status: 'ACCEPTED' } })).toBeGreaterThan(0);
  });
});
