import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '@/lib/env';
import { readCaughtMail, startMailCatcher, type MailCatcher } from '@/lib/email/catcher';
import { sendEmail } from '@/lib/email/send-email';

let catcher: MailCatcher;
const dir = mkdtempSync(join(tmpdir(), 'sg-mail-'));

beforeAll(async () => {
  catcher = await startMailCatcher(dir);
  process.env.SMTP_URL = catcher.url;
  process.env.MAIL_FROM = '"Northshire Safeguarding" <alerts@northshire.example>';
  resetEnvForTests();
});
afterAll(() => catcher.close());

describe('email over real SMTP', () => {
  it('delivers plain text and HTML with a stable message id', async () => {
    await sendEmail({
      to: 'dsl@school.example',
      subject: 'A new safeguarding concern — sign in to view it (reference K7QM-4X9T)',
      text: 'Sign in to view it.',
      html: '<p>Sign in to view it.</p>',
      messageId: '<new-concern.K7QM-4X9T.1@northshire.example>',
    });
    const [mail] = await readCaughtMail(dir);
    expect(mail?.to).toBe('dsl@school.example');
    expect(mail?.from).toContain('alerts@northshire.example');
    expect(mail?.subject).toContain('K7QM-4X9T');
    expect(mail?.messageId).toBe('<new-concern.K7QM-4X9T.1@northshire.example>');
    expect(mail?.text.trim()).toBe('Sign in to view it.');
  });
});
