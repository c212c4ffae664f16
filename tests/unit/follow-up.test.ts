import { describe, expect, it } from 'vitest';
import { reportStages } from '@/lib/follow-up/report-stages';
import { statusInPlainWords } from '@/lib/follow-up/status-words';
import { sayIn } from '@/lib/i18n/say';
import { openReceipt, sealReceipt } from '@/lib/reporting/seal-receipt';

describe('status in plain words', () => {
  it('gives a parent three states, never staff’s internal steps', () => {
    expect(statusInPlainWords('NEW').tag).toBe('Received');
    for (const status of ['OPENED', 'UNDER_REVIEW', 'ACTION_TAKEN', 'REFERRED'] as const)
      expect(statusInPlainWords(status).tag).toBe('Being looked at');
    expect(statusInPlainWords('CLOSED').tag).toBe('Closed');
  });

  it('speaks the parent’s language, with the same colours', () => {
    const welsh = sayIn('cy');
    expect(statusInPlainWords('NEW', welsh)).toMatchObject({ tag: 'Wedi dod i law', colour: 'blue' });
    expect(statusInPlainWords('CLOSED', welsh).sentence).toMatch(/^Mae’r tîm diogelu wedi gorffen/);
    const stages = reportStages(
      { status: 'NEW', submittedAt: new Date(), firstOpenedAt: null, actedOnAt: null, closedAt: null },
      welsh,
    );
    expect(stages.map((s) => s.label)).toEqual([
      'Rydyn ni wedi cael eich adroddiad',
      'Mae’r tîm diogelu wedi’i ddarllen',
      'Mae’r tîm yn gweithredu arno',
      'Mae’r tîm wedi gorffen',
    ]);
  });
});

describe('sealed receipt', () => {
  it('opens only with the journey’s own token', () => {
    const sealed = sealReceipt('token-a', 'BCDF-GHJK-MNPQ-RSTV');
    expect(sealed).not.toContain('BCDF');
    expect(openReceipt('token-a', sealed)).toBe('BCDF-GHJK-MNPQ-RSTV');
    expect(openReceipt('token-b', sealed)).toBeNull();
  });
});
