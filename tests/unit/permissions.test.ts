import { describe, expect, it } from 'vitest';
import { PERMISSIONS, roleMay, roleSeesCaseContent, type Permission } from '@/lib/auth/permissions';
import type { Role } from '@/lib/generated/prisma/enums';

const ROLES: Role[] = ['DSL', 'DEPUTY_DSL', 'FRONT_DOOR', 'PARTNERSHIP_STAFF', 'ADMIN', 'DPO'];

// The expected matrix, written out by hand: a change to lib/auth/permissions.ts must change this too.
const EXPECTED: Record<Permission, Role[]> = {
  'case.read': ['DSL', 'DEPUTY_DSL', 'FRONT_DOOR'],
  'case.update': ['DSL', 'DEPUTY_DSL', 'FRONT_DOOR'],
  'trends.read': ['PARTNERSHIP_STAFF'],
  'alerts.manage': ['PARTNERSHIP_STAFF'],
  'schools.manage': ['ADMIN'],
  'staff.manage': ['ADMIN'],
  'reference-data.manage': ['ADMIN'],
  'email-delivery.manage': ['ADMIN'],
  'retention.manage': ['ADMIN'],
  'legal-hold.manage': ['ADMIN'],
  'audit.read': ['ADMIN', 'DPO'],
  'subject-access.export': ['DPO'],
};

describe('who may do what', () => {
  it('matches the agreed matrix, role by role', () => {
    expect(Object.keys(PERMISSIONS).sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const permission of Object.keys(EXPECTED) as Permission[]) {
      for (const role of ROLES)
        expect(`${role} ${permission} ${roleMay(role, permission)}`).toBe(
          `${role} ${permission} ${EXPECTED[permission].includes(role)}`,
        );
    }
  });

  it('never lets partnership staff, administrators or the DPO read a case', () => {
    for (const role of ['PARTNERSHIP_STAFF', 'ADMIN', 'DPO'] as const) {
      expect(roleMay(role, 'case.read')).toBe(false);
      expect(roleMay(role, 'case.update')).toBe(false);
    }
  });

  it('names the roles an administrator may not give themselves: those that see case content', () => {
    expect(ROLES.filter(roleSeesCaseContent)).toEqual(['DSL', 'DEPUTY_DSL', 'FRONT_DOOR', 'DPO']);
  });
});
