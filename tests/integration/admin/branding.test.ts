import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { brandingSchema } from '@/lib/branding/branding-schema';
import { getBranding, saveBranding } from '@/lib/branding/save-branding';
import { makePartnership } from '../../support/factories';

describe('a partnership’s name, colour and privacy notice', () => {
  it('changes only the administrator’s own partnership, with an audit entry it can see', async () => {
    const mine = await makePartnership({ name: 'Southvale Safeguarding Children Partnership' });
    const other = await makePartnership({ name: 'Northshire', brandColour: '#0b0c0c' });
    const actor = await getDb().staffUser.create({ data: { email: 'b@example.org', name: 'B' } });
    const input = brandingSchema.parse({
      shortName: 'Southvale SCP',
      brandColour: '#1d4f91',
      generalPhone: '01632 960 100',
      dataControllerName: 'Southvale Council',
      privacyNoticeUrl: 'https://southvale.example/privacy',
      privacyNoticeText: 'We keep what you tell us safe.',
    });
    await saveBranding(actor.id, mine.id, input);

    expect(await getBranding(mine.id)).toEqual({
      shortName: 'Southvale SCP',
      brandColour: '#1d4f91',
      generalPhone: '01632 960 100',
      dataControllerName: 'Southvale Council',
      privacyNoticeUrl: 'https://southvale.example/privacy',
      privacyNoticeText: 'We keep what you tell us safe.',
    });
    expect(await getBranding(other.id)).toMatchObject({ brandColour: '#0b0c0c', shortName: null });
    const audit = await getDb().auditEntry.findFirstOrThrow({
      where: { action: 'partnership.branding.update' },
    });
    expect(audit).toMatchObject({ partnershipId: mine.id, subjectId: mine.id, actorId: actor.id });
    expect(audit.detail).toMatchObject({ changed: expect.arrayContaining(['shortName', 'brandColour']) });
  });
});
