import { describe, expect, it } from 'vitest';
import { reportStages } from '@/lib/follow-up/report-stages';

const day = (d: number) => new Date(Date.UTC(2026, 10, d, 10));

describe('the stages a parent sees', () => {
  it('a new report: received only', () => {
    const stages = reportStages({
      status: 'NEW',
      submittedAt: day(1),
      firstOpenedAt: null,
      actedOnAt: null,
      closedAt: null,
    });
    expect(stages.map((s) => [s.key, s.state])).toEqual([
      ['received', 'done'],
      ['read', 'waiting'],
      ['acting', 'waiting'],
      ['closed', 'waiting'],
    ]);
    expect(stages[0]?.on).toEqual(day(1));
  });

  it('opened and acted on, with the date of each', () => {
    const stages = reportStages({
      status: 'ACTION_TAKEN',
      submittedAt: day(1),
      firstOpenedAt: day(2),
      actedOnAt: day(3),
      closedAt: null,
    });
    expect(stages.map((s) => [s.key, s.state, s.on])).toEqual([
      ['received', 'done', day(1)],
      ['read', 'done', day(2)],
      ['acting', 'done', day(3)],
      ['closed', 'waiting', null],
    ]);
  });

  it('closed without any step in between: that stage was not needed', () => {
    const stages = reportStages({
      status: 'CLOSED',
      submittedAt: day(1),
      firstOpenedAt: day(2),
      actedOnAt: null,
      closedAt: day(2),
    });
    expect(stages.map((s) => s.state)).toEqual(['done', 'done', 'skipped', 'done']);
  });

  it('re-opened: no longer closed, whatever the old date', () => {
    const stages = reportStages({
      status: 'UNDER_REVIEW',
      submittedAt: day(1),
      firstOpenedAt: day(2),
      actedOnAt: day(4),
      closedAt: null,
    });
    expect(stages.at(-1)?.state).toBe('waiting');
  });
});
