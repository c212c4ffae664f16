// Anonymous follow-up writes (a message to the team, added information) are throttled per address: one
// address holding a reporter's session cannot pour messages into a case file.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { addReporterInformation, sendReporterMessage } from '@/lib/follow-up/follow-up-actions';
import { startReporterSession } from '@/lib/follow-up/reporter-session';
import { closeRateLimits, limitPoints } from '@/lib/rate-limit/rate-limit';
import { CLIENT_ADDRESS_HEADER } from '@/lib/security/client-address';
import { makeReportingWorld } from '../support/report-fixtures';

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

let concernId: string;

beforeAll(async () => {
  const world = await makeReportingWorld();
  const concern = await getDb().concern.create({
    data: {
      reference: 'WRTE-0001',
      receiptHash: 'x',
      partnershipId: world.partnership.id,
      schoolId: world.school.id,
      route: 'SCHOOL',
      happened: 'THIS_WEEK',
      stillHappening: 'NOT_SURE',
      childKnows: 'YES',
      description: 'A concern.',
      reporterRelationship: 'PARENT_OR_CARER',
    },
  });
  concernId = concern.id;
  request.cookies.set('report_check', await startReporterSession(concernId));
});
afterAll(() => closeRateLimits());

const form = (entries: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(entries)) data.set(name, value);
  data.set('sendKey', randomUUID());
  return data;
};

describe('follow-up writes', () => {
  it('stop, with a plain sentence, once one address has sent its allowance', async () => {
    request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.7' });
    const allowance = limitPoints('followup.write.address');
    for (let i = 0; i < allowance; i += 1) {
      const action = i % 2 ? addReporterInformation : sendReporterMessage;
      const result = await action(
        {},
        form(i % 2 ? { information: `Extra ${i}` } : { message: `Message ${i}` }),
      );
      expect(result).toMatchObject({ ok: true });
    }
    const refused = await sendReporterMessage({}, form({ message: 'One too many' }));
    expect(refused).toMatchObject({ formError: expect.stringContaining('Please wait') });
    expect(await getDb().message.count({ where: { concernId, body: 'One too many' } })).toBe(0);

    request.headers = new Headers({ [CLIENT_ADDRESS_HEADER]: '198.51.100.8' });
    expect(await sendReporterMessage({}, form({ message: 'From elsewhere' }))).toMatchObject({ ok: true });
  });
});
