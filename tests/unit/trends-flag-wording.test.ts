import { beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { describeFlag } from '@/lib/trends/describe-flag';

beforeAll(() => {
  process.env.DATABASE_URL ??= 'postgresql://unused@127.0.0.1:1/unused';
  process.env.TRENDS_SUPPRESSION_THRESHOLD = '5';
  resetEnvForTests();
});

// The one sentence for an early-warning flag: the staff's email and the trends page both use it.
describe('the words of an early-warning flag', () => {
  it('says a platform or harm rose, against what would be usual, with small counts suppressed', () => {
    expect(
      describeFlag({ kind: 'PLATFORM_RISE', subjectName: 'ChatZone', observed: 14, expected: 3.4 }),
    ).toBe('Concerns about ChatZone rose: about 15 in 14 days, where about 3 would be usual.');
    expect(
      describeFlag({ kind: 'HARM_RISE', subjectName: 'bullying', observed: 2, expected: 0.2 }),
    ).toContain('fewer than 5 in 14 days');
  });

  it('quotes a platform name a parent typed, so it cannot pass for the service’s words', () => {
    const text = describeFlag({
      kind: 'NEW_PLATFORM_NAME',
      subjectName: 'Call 0800 now',
      observed: 6,
      expected: 0,
    });
    expect(text).toMatch(/^Parents named a platform that is not on our list: /);
    expect(text).not.toContain(': Call 0800 now (');
  });
});
