import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reporterAccountRows } from '@/lib/cases/case-record-rows';
import { CASE_RECORD_INCLUDE, type CaseRecord } from '@/lib/cases/read-case-record';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { summariseAnswers } from '@/lib/reporting/summarise-answers';
import type { Answers } from '@/lib/reporting/answers';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;
let addressCount = 0;

beforeAll(async () => {
  world = await makeReportingWorld();
});
afterAll(() => closeRateLimits());

async function send(overrides: Answers) {
  const token = await startJourney(completeAnswers(world, overrides));
  const outcome = await submitConcern({
    token,
    partnershipId: world.partnership.id,
    honeypot: '',
    address: `198.51.100.${(addressCount += 1)}`,
  });
  if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
  return getDb().concern.findUniqueOrThrow({
    where: { reference: outcome.reference },
    select: { id: true, accountIdentifiers: true },
  });
}

describe('the stranger’s name or link, sent with a report', () => {
  it('is stored with its concern, encrypted, with a hash that matches the same account written another way', async () => {
    const first = await send({
      platforms: [world.platform.id, world.other.id],
      platformOther: 'A chat app',
      accounts: { [world.platform.id]: '@CoolKid99', [world.other.id]: 'cool kid 99' },
    });
    const second = await send({ accounts: { [world.platform.id]: 'coolkid99 ' } });

    expect(first.accountIdentifiers.map((a) => a.identifier).sort()).toEqual(['@CoolKid99', 'cool kid 99']);
    expect(first.accountIdentifiers.every((a) => a.partnershipId === world.partnership.id)).toBe(true);
    const onPlatform = first.accountIdentifiers.find((a) => a.platformId === world.platform.id)!;
    const onOther = first.accountIdentifiers.find((a) => a.platformId === world.other.id)!;
    expect(second.accountIdentifiers).toHaveLength(1);
    expect(second.accountIdentifiers[0]!.identifierHash).toBe(onPlatform.identifierHash);
    // The same name on another platform is another account.
    expect(onOther.identifierHash).not.toBe(onPlatform.identifierHash);
    expect(onPlatform.identifierHash).toMatch(/^hmac:/);
    expect(onPlatform.identifierHash).not.toContain('coolkid');

    const stored = await getDb().$queryRaw<{ identifier: string }[]>`
      SELECT identifier FROM "ConcernAccountIdentifier" WHERE "concernId" = ${first.id}::uuid`;
    expect(stored).toHaveLength(2);
    for (const row of stored) expect(row.identifier).toMatch(/^enc:v1:/);
  });

  it('keeps only names for platforms the parent chose, and nothing for an empty answer', async () => {
    const sent = await send({
      platforms: [world.platform.id],
      accounts: { [world.other.id]: 'someone', [world.closed.id]: 'someone else' },
    });
    expect(sent.accountIdentifiers).toEqual([]);
    expect((await send({ accounts: {} })).accountIdentifiers).toEqual([]);
  });

  it('is shown on "Check your answers" as plain words, platform by platform', async () => {
    const answers = completeAnswers(world, {
      platforms: [world.platform.id],
      accounts: { [world.platform.id]: 'https://discord.gg/AbC123', [world.other.id]: 'not chosen' },
    });
    const rows = await summariseAnswers(answers, world.partnership.id);
    const row = rows.find((r) => r.href === '/report/accounts');
    expect(row).toEqual({
      key: 'The stranger’s name or link',
      value: `${world.platform.name}: https://discord.gg/AbC123`,
      href: '/report/accounts',
    });
    const none = await summariseAnswers(completeAnswers(world), world.partnership.id);
    expect(none.find((r) => r.href === '/report/accounts')?.value).toBe('Not given');
  });

  it('is shown to the case team as plain words, never as a link', async () => {
    const sent = await send({ accounts: { [world.platform.id]: 'https://discord.gg/AbC123' } });
    const record = await getDb().concern.findUniqueOrThrow({
      where: { id: sent.id },
      include: CASE_RECORD_INCLUDE,
    });
    const row = reporterAccountRows(record as unknown as CaseRecord).find(
      (r) => r.label === 'Stranger’s name or link',
    );
    expect(row?.value).toBe(`${world.platform.name}: https://discord.gg/AbC123`);
  });
});
