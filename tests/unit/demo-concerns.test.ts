import { describe, expect, it } from 'vitest';
import { generateDemoConcerns } from '@/lib/demo/demo-concerns';

const platforms = ['discord', 'snapchat', 'omegle', 'other', 'roblox'];

describe('demo concern generator', () => {
  it('gives the same concerns for the same seed, so seeding twice changes nothing', () => {
    const a = generateDemoConcerns(50, 10, platforms);
    const b = generateDemoConcerns(50, 10, platforms);
    expect(b.map((c) => [c.reference, c.status, c.description])).toEqual(
      a.map((c) => [c.reference, c.status, c.description]),
    );
  });

  it('covers every status, keeps Omegle to before it closed, and never dates the future', () => {
    const concerns = generateDemoConcerns(320, 20, platforms);
    expect(new Set(concerns.map((c) => c.status))).toEqual(
      new Set(['NEW', 'OPENED', 'UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED', 'CLOSED']),
    );
    for (const c of concerns) {
      if (c.platformSlugs.includes('omegle')) expect(c.submittedAt < new Date('2023-11-08')).toBe(true);
      expect(c.submittedAt.getTime()).toBeLessThanOrEqual(Date.now());
      expect(c.childAge !== null || c.childYear !== null).toBe(true);
    }
    expect(new Set(concerns.map((c) => c.reference)).size).toBe(320);
  });

  it('makes demo concerns urgent by the same rules as a real report, with their reasons', () => {
    const concerns = generateDemoConcerns(320, 20, platforms);
    for (const c of concerns) expect(c.urgent).toBe(c.urgencyReasons.length > 0);
    const sextortion = concerns.filter(
      (c) => c.harmSlugs.includes('threatened') && c.harmSlugs.includes('asked-for-images'),
    );
    expect(sextortion.length).toBeGreaterThan(0);
    for (const c of sextortion) expect(c.urgencyReasons).toContain('sextortion');
  });
});
