import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { zodFieldErrors } from '@/lib/actions/form-data';
import { invitationSchema } from '@/lib/accounts/invitation-schema';
import { noteSchema } from '@/lib/cases/case-form-schemas';
import { aboutYouSchema, descriptionSchema, reporterMessageSchema } from '@/lib/reporting/schemas';
import { schoolSchema } from '@/lib/schools/school-schema';

const errors = (result: { success: boolean; error?: unknown }) =>
  result.success ? {} : zodFieldErrors(result.error as never);

// Zero-width space, zero-width joiner, word joiner, right-to-left override, first-strong isolate, pop
// directional isolate, right-to-left mark, byte order mark: all Unicode category Cf, none visible.
const INVISIBLE = ['\u200B', '\u200D', '\u2060', '\u202E', '\u2068', '\u2069', '\u200F', '\uFEFF'];

describe('text with nothing visible in it', () => {
  it('does not answer a required question, on the public forms', () => {
    for (const ch of INVISIBLE) {
      expect(errors(descriptionSchema.safeParse({ description: ` ${ch}${ch} ` }))).toEqual({
        description: 'Enter a description of what happened',
      });
    }
    expect(
      errors(reporterMessageSchema.safeParse({ message: INVISIBLE.join(' '), sendKey: randomUUID() })),
    ).toEqual({
      message: 'Enter your message',
    });
  });

  it('does not answer a required question, on the staff forms', () => {
    expect(
      errors(noteSchema.safeParse({ reference: 'K7QM-4X9T', version: '0', note: '\u200B\u202E' })),
    ).toEqual({ note: 'Enter the note' });
    const school = {
      urn: '123456',
      name: '\u2067\u2069',
      town: '',
      postcode: '',
      phase: 'PRIMARY',
      localAuthority: 'Testshire',
    };
    expect(errors(schoolSchema.safeParse(school))).toEqual({ name: 'Enter the school’s name' });
  });

  it('keeps visible text that uses such characters as they are meant, in emoji and in Arabic or Hebrew', () => {
    const family = 'My son 👨\u200D👩\u200D👦 was sent \u200Fשלום';
    expect(descriptionSchema.parse({ description: family })).toEqual({ description: family });
  });
});

describe('email addresses', () => {
  const contact = (reporterEmail: string) =>
    aboutYouSchema.safeParse({
      relationship: 'PARENT_OR_CARER',
      contact: 'CONTACT',
      reporterName: 'Sam',
      reporterEmail,
    });
  const FORMAT = 'Enter an email address in the correct format, like name@example.com';

  it('refuses an address no mail server would deliver to', () => {
    expect(errors(contact(`sam@${'a'.repeat(64)}.example.com`))).toEqual({ reporterEmail: FORMAT });
    expect(errors(contact(`sam@${`${'a'.repeat(60)}.`.repeat(5)}com`))).toEqual({ reporterEmail: FORMAT });
    expect(errors(contact(`${'s'.repeat(65)}@example.com`))).toEqual({ reporterEmail: FORMAT });
    const invite = { name: 'Sam', email: `sam@${'a'.repeat(64)}.example.org`, role: 'ADMIN' };
    expect(errors(invitationSchema.safeParse(invite))).toEqual({
      email: 'Enter an email address in the correct format, like name@example.org',
    });
  });

  it('accepts the longest deliverable labels', () => {
    expect(contact(`sam@${'a'.repeat(63)}.example.com`).success).toBe(true);
    expect(contact(`${'s'.repeat(64)}@example.com`).success).toBe(true);
  });
});
