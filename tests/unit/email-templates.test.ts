import { beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { newConcernEmail } from '@/lib/email/templates/new-concern-email';
import { dailyDigestEmail } from '@/lib/email/templates/daily-digest-email';
import { escapeHtml, stableMessageId } from '@/lib/email/templates/render-email';
import { emailLanguage } from '@/lib/i18n/say';
import { reporterAcknowledgementEmail } from '@/lib/email/templates/reporter-acknowledgement-email';
import { reporterNewMessageEmail } from '@/lib/email/templates/reporter-new-message-email';
import { reporterWroteEmail } from '@/lib/email/templates/reporter-wrote-email';
import { reviewRequestedEmail } from '@/lib/email/templates/review-requested-email';
import { signInProviderFailingEmail } from '@/lib/email/templates/sign-in-provider-failing-email';
import { maskAddress } from '@/lib/outbox/mask-address';
import { receiptCheckSchema } from '@/lib/reporting/schemas';

beforeAll(() => {
  // Templates only read APP_URL, but the configuration is validated as a whole.
  process.env.DATABASE_URL ??= 'postgresql://unused@127.0.0.1:1/unused';
  process.env.APP_URL = 'https://report.northshire.example';
  resetEnvForTests();
});

/** A partnership's own address (lib/email/partnership-site.ts), as the callers pass it. */
const SITE = 'https://report.northshire.example';

describe('email templates', () => {
  it('tells administrators a provider’s re-checks keep failing: why, how many sessions end and when, a link', () => {
    const input = {
      displayName: 'Oak Trust',
      sessions: 3,
      firstEnds: new Date('2026-12-05T14:05:00Z'),
      site: SITE,
    };
    const expired = signInProviderFailingEmail({ ...input, failure: 'refused-us' });
    expect(expired.text).toContain('"Sign in with Oak Trust"');
    expect(expired.text).toContain('client secret may have expired');
    expect(expired.text).toContain(
      '3 staff sessions signed in through it will end, the first at 5 December 2026, 14:05',
    );
    expect(expired.text).toContain('https://report.northshire.example/admin/sign-in');
    const down = signInProviderFailingEmail({
      ...input,
      failure: 'unreachable',
      sessions: 0,
      firstEnds: null,
    });
    expect(down.text).toContain('could not reach the service');
    expect(down.text).toContain('Nobody is signed in through it');
  });

  it('tells the front door a review was asked for: the reference and a link to the case, nothing else', () => {
    const email = reviewRequestedEmail({ reference: 'K7QM-4X9T', site: SITE });
    expect(email.subject).toContain('K7QM-4X9T');
    expect(email.text).toContain('https://report.northshire.example/cases/K7QM-4X9T');
    expect(email.text).toContain('does not contain any details of the concern');
  });

  it('escapes names in the HTML part and keeps the plain text readable', () => {
    const email = newConcernEmail({
      teamName: '<b>St Mary’s & St John’s</b>',
      reference: 'K7QM-4X9T',
      urgent: false,
      site: SITE,
    });
    expect(email.html).toContain('&lt;b&gt;St Mary’s &amp; St John’s&lt;/b&gt;');
    expect(email.html).not.toContain('<b>');
    expect(email.text).toContain('<b>St Mary’s & St John’s</b>');
    expect(email.subject.startsWith('A new safeguarding concern for')).toBe(true);
    expect(email.html).toContain('href="https://report.northshire.example/cases"');
  });

  it('puts URGENT first in the subject when a child may be in danger', () => {
    const email = newConcernEmail({
      teamName: 'Oakfield Primary',
      reference: 'K7QM-4X9T',
      urgent: true,
      site: SITE,
    });
    expect(email.subject).toBe(
      'URGENT: A new safeguarding concern for Oakfield Primary — sign in to view it (reference K7QM-4X9T)',
    );
  });

  it('tells the team the parent wrote again, with the reference and a link to the case only', () => {
    const email = reporterWroteEmail({ teamName: 'Oakfield <Primary>', reference: 'K7QM-4X9T', site: SITE });
    expect(email.subject).toBe(
      'The parent or carer has written again about a concern for Oakfield <Primary> — sign in to read it (reference K7QM-4X9T)',
    );
    expect(email.html).toContain('href="https://report.northshire.example/cases/K7QM-4X9T"');
    expect(email.html).not.toContain('<Primary>');
  });

  it('counts in plain words in the digest', () => {
    expect(dailyDigestEmail({ references: ['A', 'B'], urgentCount: 0 }).subject).toBe(
      '2 safeguarding concerns not opened yet',
    );
  });

  it('makes message ids that are stable and safe', () => {
    expect(stableMessageId('new-concern', 'abc', 'front door')).toBe(
      stableMessageId('new-concern', 'abc', 'front door'),
    );
    expect(stableMessageId('a', 'b<c>')).toMatch(/^<a\.b-c-@[^>]+>$/);
    expect(escapeHtml(`"'`)).toBe('&quot;&#39;');
  });

  it('shows administrators only the first letter and domain of an address', () => {
    expect(maskAddress('jane.doe@school.example')).toBe('j***@school.example');
    expect(maskAddress('nonsense')).toBe('***');
  });
});

describe('one name for the code a parent keeps', () => {
  it('is "secret code" in every email and message a parent reads', () => {
    for (const email of [
      reporterAcknowledgementEmail({ reference: 'K7QM-4X9T', site: SITE, language: emailLanguage('en') }),
      reporterNewMessageEmail({ reference: 'K7QM-4X9T', site: SITE, language: emailLanguage('en') }),
    ]) {
      expect(email.text).toContain('secret code');
      expect(`${email.subject} ${email.text} ${email.html}`).not.toMatch(/receipt code|follow-up code/i);
    }
    const blank = receiptCheckSchema.safeParse({ reference: 'K7QM-4X9T', receipt: '' });
    expect(blank.error?.issues[0]?.message).toBe('Enter your secret code');
  });
});
