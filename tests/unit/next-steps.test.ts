import { describe, expect, it } from 'vitest';
import { nextStepsFor } from '@/lib/reporting/next-steps';

describe('next steps after sending, built from the answers', () => {
  it('always: report it on the platform itself, and keep a note of what happened', () => {
    expect(nextStepsFor({ harms: ['bullied'], platformSlugs: ['roblox'] })).toEqual([
      { kind: 'platform', slug: 'roblox' },
      { kind: 'evidence' },
    ]);
  });

  it('a child who sent or was made to send pictures of themselves: Report Remove and CEOP', () => {
    expect(nextStepsFor({ harms: ['sent-images'], platformSlugs: [] }).map((s) => s.kind)).toEqual([
      'report-remove',
      'evidence',
    ]);
    expect(nextStepsFor({ harms: ['threatened'], platformSlugs: [] }).map((s) => s.kind)).toEqual([
      'report-remove',
      'ceop',
      'evidence',
    ]);
  });

  it('an adult asking for pictures, or to meet, or a stranger in contact: CEOP', () => {
    for (const harm of ['asked-for-images', 'asked-to-meet', 'contacted-by-stranger'])
      expect(nextStepsFor({ harms: [harm], platformSlugs: [] }).map((s) => s.kind)).toContain('ceop');
  });

  it('sexual pictures seen online: the Internet Watch Foundation, once, with each platform in turn', () => {
    expect(
      nextStepsFor({ harms: ['saw-sexual-images', 'sent-images'], platformSlugs: ['discord', 'omegle'] }),
    ).toEqual([
      { kind: 'platform', slug: 'discord' },
      { kind: 'platform', slug: 'omegle' },
      { kind: 'report-remove' },
      { kind: 'iwf' },
      { kind: 'evidence' },
    ]);
  });
});
