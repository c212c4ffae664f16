// Closing a case with one of the partnership's closing messages, and what the parent then sees: the stages
// with their dates and the message. Another partnership's message cannot be used.
import { beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '@/lib/auth/session';
import { addCaseNote } from '@/lib/cases/add-case-note';
import { changeCaseStatus } from '@/lib/cases/change-case-status';
import { acknowledgeCase } from '@/lib/cases/acknowledge-case';
import { recordCaseDecision } from '@/lib/cases/record-case-decision';
import { getDb } from '@/lib/db';
import {
  createClosingMessage,
  getClosingMessage,
  listClosingMessages,
  updateClosingMessage,
} from '@/lib/closing-messages/closing-messages';
import { getConcernForReporter } from '@/lib/follow-up/get-concern-for-reporter';
import { makeStaff } from '../support/case-staff';
import { makeConcern, makePartnership, makeSchool } from '../support/factories';

let dsl: SessionUser;
let concern: { id: string; reference: string };
let ours: { id: string };
let theirs: { id: string };
let retired: { id: string };
let partnershipId: string;
let otherPartnershipId: string;

beforeEach(async () => {
  const db = getDb();
  const p = await makePartnership();
  const elsewhere = await makePartnership();
  partnershipId = p.id;
  otherPartnershipId = elsewhere.id;
  const school = await makeSchool(p.id);
  dsl = await makeStaff(p.id, [{ role: 'DSL', schoolId: school.id }], 'Priya');
  concern = await makeConcern({ partnershipId: p.id, schoolId: school.id, route: 'SCHOOL' });
  ours = await db.closingMessage.create({
    data: {
      partnershipId: p.id,
      title: 'Dealt with',
      body: 'The school has dealt with this. Thank you for telling us.',
    },
  });
  theirs = await db.closingMessage.create({
    data: { partnershipId: elsewhere.id, title: 'Theirs', body: 'Words of another partnership.' },
  });
  retired = await db.closingMessage.create({
    data: { partnershipId: p.id, title: 'Old', body: 'Old words.', active: false },
  });
});

const closing = (version: number, closingMessageId?: string) => ({
  reference: concern.reference,
  version,
  status: 'CLOSED' as const,
  outcome: 'Advice given',
  statusReason: 'No further risk',
  ...(closingMessageId ? { closingMessageId } : {}),
});

describe('closing messages', () => {
  it('the parent sees each stage with its date, then the message the team chose', async () => {
    let view = await getConcernForReporter(concern.id);
    expect(view?.stages.map((s) => s.state)).toEqual(['done', 'waiting', 'waiting', 'waiting']);

    await acknowledgeCase(dsl, { reference: concern.reference, version: 0 });
    await addCaseNote(dsl, { reference: concern.reference, version: 1, note: 'Spoke to the class teacher' });
    view = await getConcernForReporter(concern.id);
    // A note is not a step the parent hears about.
    expect(view?.stages.map((s) => s.state)).toEqual(['done', 'done', 'waiting', 'waiting']);

    await recordCaseDecision(dsl, {
      reference: concern.reference,
      version: 2,
      decision: 'Talk to the child',
      decisionReason: 'The parent asked',
    });
    await changeCaseStatus(dsl, closing(3, ours.id));
    view = await getConcernForReporter(concern.id);
    expect(view?.stages.map((s) => s.state)).toEqual(['done', 'done', 'done', 'done']);
    expect(view?.closingMessage).toBe('The school has dealt with this. Thank you for telling us.');
    // Nothing of the note or the decision reaches the parent.
    expect(JSON.stringify(view)).not.toMatch(/class teacher|Talk to the child|Advice given/);

    // The partnership's later edit does not change what this parent was told.
    await getDb().closingMessage.update({ where: { id: ours.id }, data: { body: 'New words.' } });
    expect((await getConcernForReporter(concern.id))?.closingMessage).toMatch(/dealt with this/);
  });

  it('refuses another partnership’s message and a retired one, and closes nothing', async () => {
    await expect(changeCaseStatus(dsl, closing(0, theirs.id))).rejects.toThrow(/Choose a message/);
    await expect(changeCaseStatus(dsl, closing(0, retired.id))).rejects.toThrow(/Choose a message/);
    const row = await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } });
    expect(row.status).toBe('NEW');
    expect(row.closingMessage).toBeNull();
  });

  it('closing with no message says nothing more; re-opening takes the message away', async () => {
    await acknowledgeCase(dsl, { reference: concern.reference, version: 0 });
    await changeCaseStatus(dsl, closing(1));
    let view = await getConcernForReporter(concern.id);
    expect(view?.closingMessage).toBeNull();
    expect(view?.stages.map((s) => s.state)).toEqual(['done', 'done', 'skipped', 'done']);
    await changeCaseStatus(dsl, {
      reference: concern.reference,
      version: 2,
      status: 'UNDER_REVIEW',
      statusReason: 'New information',
    });
    await changeCaseStatus(dsl, closing(3, ours.id));
    await changeCaseStatus(dsl, {
      reference: concern.reference,
      version: 4,
      status: 'UNDER_REVIEW',
      statusReason: 'Something new',
    });
    view = await getConcernForReporter(concern.id);
    expect(view?.closingMessage).toBeNull();
    expect(
      (await getDb().concern.findUniqueOrThrow({ where: { id: concern.id } })).closingMessage,
    ).toBeNull();
    expect(view?.stages.map((s) => s.state)).toEqual(['done', 'done', 'done', 'waiting']);
  });

  it('each partnership’s administrators see and change only their own messages', async () => {
    expect((await listClosingMessages(otherPartnershipId)).map((m) => m.id)).toEqual([theirs.id]);
    expect(await getClosingMessage(otherPartnershipId, ours.id)).toBeNull();
    await expect(
      updateClosingMessage(dsl.id, otherPartnershipId, ours.id, {
        title: 'Hijack',
        body: 'Changed',
        active: true,
      }),
    ).rejects.toThrow(/no longer on the list/);
    expect((await getDb().closingMessage.findUniqueOrThrow({ where: { id: ours.id } })).title).toBe(
      'Dealt with',
    );
    // The same short name may be used by two partnerships, not twice in one.
    await createClosingMessage(dsl.id, otherPartnershipId, {
      title: 'Dealt with',
      body: 'Theirs too',
      active: true,
    });
    await expect(
      createClosingMessage(dsl.id, partnershipId, { title: 'dealt with', body: 'Again', active: true }),
    ).rejects.toThrow(/already a message/);
    const audit = await getDb().auditEntry.findFirst({
      where: { action: 'closing-message.create', actorId: dsl.id },
    });
    expect(audit?.partnershipId).toBe(otherPartnershipId);
  });
});
