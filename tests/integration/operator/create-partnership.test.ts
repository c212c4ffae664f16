// Adding a partnership and inviting its first administrator: one transaction, audited, plain messages for
// bad input and nothing saved.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { createPartnership } from '@/lib/partnerships/create-partnership';
import { makePartnership } from '../../support/factories';

const unique = () => randomBytes(3).toString('hex');
const good = () => ({
  name: `Riverside Safeguarding Children Partnership ${unique()}`,
  slug: `riverside-${unique()}`,
  frontDoorEmail: 'mash@riverside.example',
  adminName: 'Ada Admin',
  adminEmail: `ada-${unique()}@riverside.example`,
  hostnames: `concerns.riverside-${unique()}.example`,
});
const counts = async () => ({
  partnerships: await getDb().partnership.count(),
  invitations: await getDb().invitation.count(),
  outbox: await getDb().outboxEmail.count(),
});

describe('adding a partnership', () => {
  it('makes the partnership, its retention policy and an emailed invitation for its first administrator', async () => {
    const input = good();
    const { partnershipId } = await createPartnership(null, input);
    const db = getDb();
    const partnership = await db.partnership.findUniqueOrThrow({ where: { id: partnershipId } });
    expect(partnership).toMatchObject({
      name: input.name,
      slug: input.slug,
      frontDoorEmail: input.frontDoorEmail,
    });
    expect(await db.retentionPolicy.count({ where: { partnershipId } })).toBe(1);
    // Parents reach it at its own address: with several partnerships, an unmapped one serves nobody.
    expect(
      await db.partnershipHost.findMany({ where: { partnershipId }, select: { hostname: true } }),
    ).toEqual([{ hostname: input.hostnames }]);
    const invitation = await db.invitation.findFirstOrThrow({ where: { partnershipId } });
    expect(invitation).toMatchObject({ email: input.adminEmail, name: input.adminName, role: 'ADMIN' });
    const email = await db.outboxEmail.findFirstOrThrow({
      where: { partnershipId, kind: 'staff.invitation' },
    });
    expect(email.status).toBe('PENDING');
    const audit = await db.auditEntry.findMany({ where: { partnershipId }, orderBy: { id: 'asc' } });
    expect(audit.map((a) => a.action)).toEqual(['partnership.create', 'invitation.create']);
  });

  it('offers Welsh to parents from the start for a partnership in Wales, English only elsewhere', async () => {
    const inWales = await createPartnership(null, { ...good(), nation: 'wales' });
    const inEngland = await createPartnership(null, good());
    const languages = async (id: string) =>
      (await getDb().partnership.findUniqueOrThrow({ where: { id }, select: { languages: true } })).languages;
    expect(await languages(inWales.partnershipId)).toEqual(['en', 'cy']);
    expect(await languages(inEngland.partnershipId)).toEqual(['en']);
    await expect(createPartnership(null, { ...good(), nation: 'scotland' as 'wales' })).rejects.toThrow(
      'Choose England or Wales',
    );
  });

  it.each([
    ['a slug in use', { slug: 'taken' }, 'slug', /already/i],
    ['a name in use (any case)', { name: 'TAKEN PARTNERSHIP' }, 'name', /already/i],
    ['a slug with spaces or capitals', { slug: 'Not A Slug' }, 'slug', /lower-case letters/i],
    ['a bad administrator email', { adminEmail: 'ada@' }, 'adminEmail', /correct format/i],
    ['a bad front-door email', { frontDoorEmail: 'mash' }, 'frontDoorEmail', /correct format/i],
    ['no administrator name', { adminName: ' ' }, 'adminName', /name/i],
    ['no web address', { hostnames: ' ' }, 'hostnames', /web address/i],
    ['a web address that is not one', { hostnames: 'https://x.example/path' }, 'hostnames', /like/i],
    ['a web address another partnership has', { hostnames: 'taken.example' }, 'hostnames', /already/i],
  ])('refuses %s with a plain message, saving nothing', async (_, change, field, message) => {
    const taken = await makePartnership({ slug: 'taken', name: 'Taken Partnership' }).catch(() => null);
    if (taken)
      await getDb().partnershipHost.create({ data: { hostname: 'taken.example', partnershipId: taken.id } });
    const before = await counts();
    await expect(createPartnership(null, { ...good(), ...change })).rejects.toMatchObject({
      field,
      message: expect.stringMatching(message),
    });
    expect(await counts()).toEqual(before);
  });

  it('leaves no partnership when the invitation cannot be made', async () => {
    const db = getDb();
    // A real failure inside the transaction, after the partnership row is written.
    await db.$executeRawUnsafe(`CREATE FUNCTION refuse_invitation() RETURNS trigger LANGUAGE plpgsql AS
      $$ BEGIN RAISE EXCEPTION 'invitations are broken'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse_invitation BEFORE INSERT ON "Invitation"
      FOR EACH ROW EXECUTE FUNCTION refuse_invitation()`);
    try {
      const before = await counts();
      const audited = await db.auditEntry.count();
      const input = good();
      await expect(createPartnership(null, input)).rejects.toThrow();
      expect(await counts()).toEqual(before);
      expect(await db.partnership.count({ where: { slug: input.slug } })).toBe(0);
      expect(await db.auditEntry.count()).toBe(audited);
    } finally {
      await db.$executeRawUnsafe('DROP TRIGGER refuse_invitation ON "Invitation"');
      await db.$executeRawUnsafe('DROP FUNCTION refuse_invitation()');
    }
  });
});

it('takes several web addresses, in any case, with or without a port', async () => {
  const tag = unique();
  const { partnershipId } = await createPartnership(null, {
    ...good(),
    hostnames: `Concerns.Eastvale-${tag}.example:443, eastvale-${tag}.localhost\nconcerns.eastvale-${tag}.example`,
  });
  const hosts = await getDb().partnershipHost.findMany({
    where: { partnershipId },
    orderBy: { hostname: 'asc' },
  });
  expect(hosts.map((h) => h.hostname)).toEqual([
    `concerns.eastvale-${tag}.example`,
    `eastvale-${tag}.localhost`,
  ]);
});
