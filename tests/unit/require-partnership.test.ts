import { describe, expect, it } from 'vitest';
import { partnershipFor, partnershipIdsWhere } from '@/lib/auth/require-partnership';
import type { SessionUser } from '@/lib/auth/session';
import type { Role } from '@/lib/generated/prisma/enums';

const person = (...memberships: [Role, string][]) =>
  ({
    id: 'u1',
    email: 'someone@example.org',
    name: 'Someone',
    memberships: memberships.map(([role, partnershipId]) => ({ role, partnershipId, schoolId: null })),
  }) as unknown as SessionUser;

describe('the partnership a person acts for', () => {
  // An administrator of one partnership who is partnership staff in another: each right acts only where
  // it is held. (Trends and warning editing looked for the PARTNERSHIP_STAFF role, administration for a role
  // with the permission: three rules in three files, which agreed only while one role held those rights.)
  const both = person(['ADMIN', 'north'], ['PARTNERSHIP_STAFF', 'south']);

  it('is the partnership of a role that has the permission', () => {
    expect(partnershipFor(both, 'staff.manage')).toBe('north');
    expect(partnershipFor(both, 'warnings.manage')).toBe('south');
    expect(partnershipFor(both, 'trends.read')).toBe('south');
    expect(partnershipIdsWhere(both, 'trends.read')).toEqual(['south']);
  });

  it('is "not found" for a permission none of their roles has', () => {
    expect(() => partnershipFor(person(['DSL', 'north']), 'trends.read')).toThrow();
    expect(() => partnershipFor(person(['PARTNERSHIP_STAFF', 'south']), 'staff.manage')).toThrow();
  });
});
