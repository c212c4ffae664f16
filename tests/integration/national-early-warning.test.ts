// National early warning: the partnerships' own spike test, read across the deployment. A platform that
// rose in several areas in the same fortnight is shown to the service operator, with the number of areas
// only: never a partnership's counts, and never a rise in one area alone.
import { randomBytes } from 'node:crypto';
import { beforeEach, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { findNationalRises } from '@/lib/trends/find-national-rises';
import { windowStartFor } from '@/lib/trends/run-early-warning';
import { makePartnership } from '../support/factories';

const NOW = new Date('2026-11-25T09:00:00Z');
const DAY = 86_400_000;
const unique = () => randomBytes(3).toString('hex');

async function platform(name: string) {
  return getDb().platform.create({ data: { slug: `p-${unique()}`, name: `${name} ${unique()}` } });
}

async function flag(partnershipId: string, subjectKey: string, windowStart: Date, kind = 'PLATFORM_RISE') {
  await getDb().trendFlag.create({
    data: {
      partnershipId,
      kind: kind as 'PLATFORM_RISE',
      subjectKey,
      subjectName: 'x',
      windowStart,
      observed: 12,
      expected: 3,
      pValue: 0.001,
    },
  });
}

beforeEach(async () => {
  await getDb().trendFlag.deleteMany();
});

describe('national early warning', () => {
  it('names a platform that rose in two or more areas this fortnight, with the number of areas', async () => {
    const [a, b, c] = [await makePartnership(), await makePartnership(), await makePartnership()];
    const chat = await platform('Chat');
    const game = await platform('Game');
    const window = windowStartFor(NOW);
    await flag(a.id, chat.id, window);
    await flag(b.id, chat.id, window);
    // The fortnight before still counts as "at once" with this one.
    await flag(c.id, chat.id, new Date(window.getTime() - 7 * DAY));
    // One area alone is that partnership's own warning, not a national one.
    await flag(a.id, game.id, window);
    const rises = await findNationalRises(NOW);
    expect(rises).toEqual([{ platformId: chat.id, platformName: chat.name, areas: 3 }]);
    // Nothing of a partnership's own figures or name goes with it.
    expect(JSON.stringify(rises)).not.toMatch(/observed|expected|Test Partnership/);
  });

  it('ignores old rises, harm rises, and a partnership flagged twice', async () => {
    const [a, b] = [await makePartnership(), await makePartnership()];
    const chat = await platform('Chat');
    const window = windowStartFor(NOW);
    await flag(a.id, chat.id, new Date(window.getTime() - 60 * DAY));
    await flag(b.id, chat.id, window);
    await flag(a.id, chat.id, new Date(window.getTime() - 7 * DAY));
    await flag(a.id, chat.id, window);
    expect(await findNationalRises(NOW)).toEqual([
      { platformId: chat.id, platformName: chat.name, areas: 2 },
    ]);
    await getDb().trendFlag.deleteMany();
    await flag(a.id, chat.id, window, 'HARM_RISE');
    await flag(b.id, chat.id, window, 'HARM_RISE');
    expect(await findNationalRises(NOW)).toEqual([]);
  });
});
