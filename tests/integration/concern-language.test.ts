// The language a parent wrote their report in is kept with it, and staff see it on the case record.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseFormSpecs } from '@/app/cases/[reference]/case-form-specs';
import { caseSummaryRows } from '@/lib/cases/case-record-rows';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { submitConcern } from '@/lib/reporting/submit-concern';
import type { CaseRecord } from '@/lib/cases/read-case-record';
import { createTranslator } from 'next-intl';
import { summariseAnswers } from '@/lib/reporting/summarise-answers';
import cy from '@/messages/cy.json';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;
beforeAll(async () => {
  world = await makeReportingWorld();
});
afterAll(() => closeRateLimits());

async function sendIn(language: 'en' | 'cy', address: string) {
  const token = await startJourney(completeAnswers(world));
  const outcome = await submitConcern({
    token,
    partnershipId: world.partnership.id,
    honeypot: '',
    address,
    language,
  });
  if (outcome.kind !== 'sent') throw new Error(`not sent: ${outcome.kind}`);
  return getDb().concern.findUniqueOrThrow({ where: { reference: outcome.reference } });
}

/** The hint of the case record's "Send a message to the reporter" form. */
function replyHint(concern: object): string | undefined {
  const record = { ...concern, status: 'OPENED', closingMessages: [], team: [] } as unknown as CaseRecord;
  const reply = caseFormSpecs(record, 'no-user').find((form) => form.key === 'message');
  const body = reply?.fields.find((field) => 'name' in field && field.name === 'body');
  return body && 'hint' in body ? body.hint : undefined;
}

describe('the language of a report', () => {
  it('is kept with the report, and the case record says it', async () => {
    const concern = await sendIn('cy', '198.51.100.61');
    expect(concern.language).toBe('cy');
    const rows = caseSummaryRows(concern as unknown as CaseRecord);
    expect(rows).toContainEqual({ label: 'Language', value: 'The parent wrote in Welsh' });
  });

  it('says nothing extra for a report written in English', async () => {
    const concern = await sendIn('en', '198.51.100.62');
    expect(concern.language).toBe('en');
    expect(caseSummaryRows(concern as unknown as CaseRecord).map((r) => r.label)).not.toContain('Language');
    expect(replyHint(concern)).toMatch(/^The reporter reads this/);
  });

  it('tells the team writing to the parent which language the parent reads', async () => {
    const concern = await sendIn('cy', '198.51.100.63');
    expect(replyHint(concern)).toMatch(/^The parent reads Welsh\./);
  });
});

describe('"Check your answers" in Welsh', () => {
  it('names every row and answer in Welsh, with no message key in place of words', async () => {
    const welsh = createTranslator({ locale: 'cy', messages: cy as Record<string, unknown> as never });
    const say = (key: string, values?: Record<string, string | number>) =>
      welsh(key as never, values as never);
    const rows = await summariseAnswers(completeAnswers(world), world.partnership.id, say);
    expect(rows[0]?.key).toBe('Plentyn mewn perygl ar hyn o bryd');
    const words = rows.flatMap((r) => [r.key, r.value]).join('\n');
    expect(words).not.toMatch(/\b(?:check|report|answers)\.[a-z][A-Za-z.]*/);
    expect(words).not.toContain('Not given');
    const reported = await summariseAnswers(
      completeAnswers(world, { reportedToPlatform: 'NOT_YET' }),
      world.partnership.id,
      say,
    );
    expect(reported).toContainEqual({
      key: 'Wedi rhoi gwybod i’r ap neu’r wefan',
      value: 'Ddim eto',
      href: '/report/already-reported',
    });
  });
});
