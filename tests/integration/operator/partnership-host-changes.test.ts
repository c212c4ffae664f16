import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import {
  addPartnershipHost,
  makePartnershipHostPrimary,
  removePartnershipHost,
} from '@/lib/partnerships/change-partnership-hosts';
import { listPartnershipHosts } from '@/lib/partnerships/list-partnership-hosts';
import { partnershipHostSchema } from '@/lib/partnerships/partnership-schema';
import { makePartnership } from '../../support/factories';

const host = (partnershipId: string, hostname: string) =>
  partnershipHostSchema.parse({ partnershipId, hostname });

describe('a partnership’s web addresses after it was added', () => {
  it('the operator adds one, checked as at creation, never one another partnership has', async () => {
    const north = await makePartnership();
    const south = await makePartnership();
    const operator = await getDb().staffUser.create({ data: { email: 'op-hosts@example.org', name: 'O' } });
    await getDb().partnershipHost.create({
      data: { hostname: 'south.example.org', partnershipId: south.id },
    });

    await addPartnershipHost(operator.id, host(north.id, 'Concerns.North.Example.org:443'));
    expect(await listPartnershipHosts(north.id)).toEqual([
      { hostname: 'concerns.north.example.org', primary: true },
    ]);
    await expect(addPartnershipHost(operator.id, host(north.id, 'south.example.org'))).rejects.toThrow(
      'Another partnership already uses this web address. Choose another.',
    );
    await expect(
      addPartnershipHost(operator.id, host(north.id, 'concerns.north.example.org')),
    ).rejects.toThrow(/already uses this web address/);
    expect(
      partnershipHostSchema.safeParse({ partnershipId: north.id, hostname: 'https://x.org/a' }).success,
    ).toBe(false);
    const audit = await getDb().auditEntry.findMany({ where: { action: 'partnership.host.create' } });
    expect(audit.map((a) => [a.partnershipId, a.detail])).toEqual([
      [north.id, { hostname: 'concerns.north.example.org' }],
    ]);
  });

  it('the operator removes one, but never a partnership’s last, nor one it does not have', async () => {
    const north = await makePartnership();
    const south = await makePartnership();
    const operator = await getDb().staffUser.create({ data: { email: 'op-hosts2@example.org', name: 'O' } });
    await getDb().partnershipHost.createMany({
      data: [
        { hostname: 'a.north.example.org', partnershipId: north.id, primary: true },
        { hostname: 'b.north.example.org', partnershipId: north.id },
        { hostname: 'a.south.example.org', partnershipId: south.id },
      ],
    });
    await expect(removePartnershipHost(operator.id, host(north.id, 'a.south.example.org'))).rejects.toThrow(
      'Not found',
    );
    await removePartnershipHost(operator.id, host(north.id, 'a.north.example.org'));
    await expect(removePartnershipHost(operator.id, host(north.id, 'b.north.example.org'))).rejects.toThrow(
      'A partnership needs at least one web address. Add the new one before removing this one.',
    );
    // The primary address was removed: the one left takes its place for email links.
    expect(await listPartnershipHosts(north.id)).toEqual([
      { hostname: 'b.north.example.org', primary: true },
    ]);
    expect((await listPartnershipHosts(south.id)).map((h) => h.hostname)).toEqual(['a.south.example.org']);
    expect(await getDb().auditEntry.count({ where: { action: 'partnership.host.delete' } })).toBe(1);
  });

  it('the operator chooses which address email links use: one of that partnership’s, one at a time', async () => {
    const north = await makePartnership();
    const south = await makePartnership();
    const operator = await getDb().staffUser.create({ data: { email: 'op-hosts3@example.org', name: 'O' } });
    await getDb().partnershipHost.createMany({
      data: [
        { hostname: 'old.north.example.org', partnershipId: north.id, primary: true },
        { hostname: 'new.north.example.org', partnershipId: north.id },
        { hostname: 'x.south.example.org', partnershipId: south.id, primary: true },
      ],
    });
    await makePartnershipHostPrimary(operator.id, host(north.id, 'new.north.example.org'));
    expect(await listPartnershipHosts(north.id)).toEqual([
      { hostname: 'new.north.example.org', primary: true },
      { hostname: 'old.north.example.org', primary: false },
    ]);
    // Another partnership's address, named with this partnership's id, is not found and changes nothing.
    await expect(
      makePartnershipHostPrimary(operator.id, host(north.id, 'x.south.example.org')),
    ).rejects.toThrow('Not found');
    expect(await listPartnershipHosts(south.id)).toEqual([
      { hostname: 'x.south.example.org', primary: true },
    ]);
    expect(await getDb().auditEntry.findMany({ where: { action: 'partnership.host.primary' } })).toEqual([
      expect.objectContaining({ partnershipId: north.id, detail: { hostname: 'new.north.example.org' } }),
    ]);
  });
});
