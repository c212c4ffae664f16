import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { queuePassedOnOften } from '@/lib/cases/queue-passed-on-often';
import { proofFromFollowUp } from '@/lib/reporting/proof-of-sending';
import { makeArea, submitConcern } from '../support/delivery';

// Links in email and on printed proof go to the partnership's own primary address, never a request's Host.
const before = process.env.APP_URL;
beforeAll(() => {
  process.env.APP_URL = 'https://service.example';
  resetEnvForTests();
});
afterAll(() => {
  process.env.APP_URL = before;
  resetEnvForTests();
});

const emailsOf = (concernId: string) => getDb().outboxEmail.findMany({ where: { concernId } });

describe('links to a partnership’s own web address', () => {
  it('are on its primary address in staff and reporter email and on the proof of sending', async () => {
    const area = await makeArea();
    await getDb().partnershipHost.createMany({
      data: [
        { hostname: 'other.north.example', partnershipId: area.partnership.id },
        { hostname: 'concerns.north.example', partnershipId: area.partnership.id, primary: true },
      ],
    });
    const concern = await submitConcern(area, { reporterEmail: 'parent@home.example' });
    const emails = await emailsOf(concern.id);
    const staff = emails.find((e) => e.kind === 'concern.new');
    const reporter = emails.find((e) => e.kind === 'reporter.acknowledgement');
    expect(staff?.textBody).toContain('https://concerns.north.example/cases');
    expect(reporter?.textBody).toContain('https://concerns.north.example/check');
    expect((await proofFromFollowUp(concern.id))?.checkUrl).toBe('https://concerns.north.example/check');
  });

  it('are on its primary address in the front door’s passed-on-often email', async () => {
    const area = await makeArea();
    await getDb().partnershipHost.create({
      data: { hostname: 'concerns.south.example', partnershipId: area.partnership.id, primary: true },
    });
    const concern = await submitConcern(area);
    await getDb().$transaction((tx) =>
      queuePassedOnOften(
        tx,
        { ...concern, partnershipId: area.partnership.id },
        { moveId: 'move-1', times: 2 },
      ),
    );
    const often = (await emailsOf(concern.id)).filter((e) => e.kind === 'concern.passed-on-often');
    expect(often.length).toBeGreaterThan(0);
    for (const email of often) expect(email.textBody).toContain('https://concerns.south.example/cases');
  });

  it('fall back to APP_URL for a partnership with no address', async () => {
    const area = await makeArea();
    const concern = await submitConcern(area, { reporterEmail: 'parent@home.example' });
    const emails = await emailsOf(concern.id);
    expect(emails.find((e) => e.kind === 'concern.new')?.textBody).toContain('https://service.example/cases');
    expect((await proofFromFollowUp(concern.id))?.checkUrl).toBe('https://service.example/check');
  });
});
