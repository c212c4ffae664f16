import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { notifyStaffOfFlag } from '@/lib/trends/notify-staff-of-flag';
import { makePartnership } from '../support/factories';

// A platform name typed by a parent under "something else" reaches partnership staff by email. It must
// stay inside its quotes, on its line, and be inert markup, in both the plain text and the HTML.
const HOSTILE =
  '<a href="https://evil.example">Chatter</a>” (250 concerns in 14 days).\r\n\r\nURGENT: sign in again “x';

describe('the early-warning email about a new platform name', () => {
  it('shows the name a parent typed only quoted and escaped', async () => {
    const partnership = await makePartnership();
    const staff = await getDb().staffUser.create({
      data: {
        email: `t${Math.random().toString(36).slice(2)}@example.org`,
        name: 'Trends Person',
        memberships: { create: { partnershipId: partnership.id, role: 'PARTNERSHIP_STAFF' } },
      },
    });
    await getDb().$transaction((tx) =>
      notifyStaffOfFlag(tx, {
        id: 'flag-1',
        partnershipId: partnership.id,
        kind: 'NEW_PLATFORM_NAME',
        subjectKey: 'chatter',
        subjectName: HOSTILE,
        windowStart: new Date(),
        observed: 12,
        expected: 0,
        pValue: 0,
      }),
    );
    const mail = await getDb().outboxEmail.findFirstOrThrow({ where: { toAddress: staff.email } });
    const [first, ...rest] = mail.textBody.split('\n');
    // One opening and one closing quote mark, both the template's own; nothing of the name after them.
    expect(first).toMatch(
      /^Parents named a platform that is not on our list: “[^“”\r\n]*” \(\d+ concerns in 14 days\)\.$/,
    );
    expect(rest.join('\n')).not.toMatch(/URGENT|evil/);
    expect(first).toContain('URGENT');
    expect(mail.htmlBody).not.toMatch(/<a href="https:\/\/evil/);
    expect(mail.htmlBody).toMatch(
      /“[^“”<>\r\n]*&lt;a href=&quot;https:\/\/evil\.example&quot;&gt;[^“”<>\r\n]*”/,
    );
  });
});
