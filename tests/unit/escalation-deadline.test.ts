import { describe, expect, it } from 'vitest';
import { addSchoolDays, WEEKDAYS_ONLY } from '@/lib/calendar/school-days';
import { escalationDeadline } from '@/lib/escalation/escalation-deadline';
import { nextAttemptAfterFailure, RETRY_WINDOW_MS, smtpErrorCode } from '@/lib/outbox/retry-schedule';

const rules = { escalateUrgentAfterMinutes: 60, escalateAfterSchoolDays: 1 };

describe('escalation deadlines', () => {
  it('gives an urgent concern an hour, whatever the day', () => {
    const saturday = new Date('2026-11-28T10:00:00Z');
    expect(escalationDeadline({ submittedAt: saturday, urgent: true }, rules, WEEKDAYS_ONLY)).toEqual(
      new Date('2026-11-28T11:00:00Z'),
    );
  });

  it('counts school days Monday to Friday only', () => {
    // Tuesday 10:00 → Wednesday 10:00.
    expect(addSchoolDays(new Date('2026-11-24T10:00:00Z'), 1, WEEKDAYS_ONLY)).toEqual(
      new Date('2026-11-25T10:00:00Z'),
    );
    // Friday 16:00 → Monday 16:00: the weekend does not count.
    expect(addSchoolDays(new Date('2026-11-27T16:00:00Z'), 1, WEEKDAYS_ONLY)).toEqual(
      new Date('2026-11-30T16:00:00Z'),
    );
    // Sent on Saturday: the clock starts on Monday at midnight (London).
    expect(addSchoolDays(new Date('2026-11-28T09:30:00Z'), 1, WEEKDAYS_ONLY)).toEqual(
      new Date('2026-12-01T00:00:00Z'),
    );
    // Two school days from Thursday 12:00 → Monday 12:00.
    expect(addSchoolDays(new Date('2026-11-26T12:00:00Z'), 2, WEEKDAYS_ONLY)).toEqual(
      new Date('2026-11-30T12:00:00Z'),
    );
  });

  it('uses London’s calendar in summer time', () => {
    // Friday 23:30 London (BST) is 22:30 UTC; the weekend starts at 23:00 UTC.
    expect(addSchoolDays(new Date('2026-07-03T22:30:00Z'), 1, WEEKDAYS_ONLY)).toEqual(
      new Date('2026-07-06T22:30:00Z'),
    );
  });
});

describe('email retries', () => {
  const queued = new Date('2026-11-24T10:00:00Z');
  it('backs off exponentially with jitter, capped at an hour', () => {
    const now = new Date('2026-11-24T10:00:00Z');
    const mid = () => 0.5;
    expect(nextAttemptAfterFailure(now, queued, 1, mid)?.getTime()).toBe(now.getTime() + 30_000);
    expect(nextAttemptAfterFailure(now, queued, 3, mid)?.getTime()).toBe(now.getTime() + 120_000);
    expect(nextAttemptAfterFailure(now, queued, 30, mid)?.getTime()).toBe(now.getTime() + 3_600_000);
    const low = nextAttemptAfterFailure(now, queued, 1, () => 0)?.getTime() ?? 0;
    const high = nextAttemptAfterFailure(now, queued, 1, () => 0.999)?.getTime() ?? 0;
    expect(high - low).toBeGreaterThan(10_000);
  });

  it('gives up only once 24 hours have passed since the email was queued', () => {
    const justBefore = new Date(queued.getTime() + RETRY_WINDOW_MS - 1);
    expect(nextAttemptAfterFailure(justBefore, queued, 40)).not.toBeNull();
    expect(nextAttemptAfterFailure(new Date(queued.getTime() + RETRY_WINDOW_MS), queued, 40)).toBeNull();
  });

  it('records an SMTP error by its code and status, never its message', () => {
    const error = Object.assign(new Error('550 no such user parent@home.example'), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(smtpErrorCode(error)).toBe('EENVELOPE 550');
  });
});
