// A raw insert seals a new row's values with sealNewRow; they must be what a Prisma create through the
// extension would store (encryptWriteArgs), for any model: plain, conditional and Json columns alike.
import { describe, expect, it } from 'vitest';
import { encryptedModel } from '@/lib/encryption/encrypted-fields';
import { encryptWriteArgs, sealNewRow } from '@/lib/encryption/encrypt-write';
import type { KeyProvider } from '@/lib/encryption/keyring';

/** Shows what each value was sealed for, in place of ciphertext. */
const keys: KeyProvider = {
  encrypt: (table, column, rowKey, plain, partnershipId) =>
    `sealed(${table}.${column}, ${rowKey}, ${partnershipId ?? 'service'}, ${plain})`,
  decrypt: () => {
    throw new Error('not used');
  },
  hash: () => {
    throw new Error('not used');
  },
};

const viaPrisma = (table: string, data: Record<string, unknown>) =>
  encryptWriteArgs(keys, table, 'create', { data }).data as Record<string, unknown>;

describe('sealNewRow', () => {
  const email = {
    id: '0193a5b0-0000-7000-8000-000000000001',
    kind: 'reporter.acknowledgement',
    toAddress: 'parent@home.example',
    subject: 'We have your report',
    textBody: '',
    htmlBody: '<p>Thanks</p>',
    partnershipId: 'p-1',
  };

  it('seals an email as a Prisma create does: a reporter’s address too, an empty body left empty', () => {
    const sealed = sealNewRow(keys, encryptedModel('OutboxEmail')!, email.id, 'p-1', email);
    expect(sealed).toEqual(viaPrisma('OutboxEmail', email));
    expect(sealed.toAddress).toBe(`sealed(OutboxEmail.toAddress, ${email.id}, p-1, parent@home.example)`);
    expect(sealed.textBody).toBe('');
  });

  it('leaves a member of staff’s address plain, as its conditional says', () => {
    const staff = { ...email, kind: 'staff.invitation', partnershipId: null };
    const sealed = sealNewRow(keys, encryptedModel('OutboxEmail')!, email.id, null, staff);
    expect(sealed).toEqual(viaPrisma('OutboxEmail', staff));
    expect(sealed.toAddress).toBe('parent@home.example');
    expect(sealed.subject).toBe(`sealed(OutboxEmail.subject, ${email.id}, service, We have your report)`);
  });

  it('gives a Json column’s ciphertext as JSON text, for ::jsonb', () => {
    const draft = { tokenHash: 'h1', answers: { step: 'school', childAge: 9 } };
    const sealed = sealNewRow(keys, encryptedModel('ReportDraft')!, 'h1', null, draft);
    expect(sealed.answers).toBe(JSON.stringify(viaPrisma('ReportDraft', draft).answers));
    expect(JSON.parse(sealed.answers as string)).toBe(
      'sealed(ReportDraft.answers, h1, service, {"step":"school","childAge":9})',
    );
  });
});
