// The service operator: a grant for the whole deployment, not a role in a partnership.
import { describe, expect, it } from 'vitest';
import { PERMISSIONS, personMay, roleMay, type Permission } from '@/lib/auth/permissions';
import { mainPage, staffNavigation } from '@/lib/auth/staff-destinations';
import { Role } from '@/lib/generated/prisma/enums';

const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];
const operator = { memberships: [], serviceOperator: true };
const adminOfOne = { memberships: [{ role: 'ADMIN' as const }], serviceOperator: false };

describe('what the service operator may do', () => {
  it('runs the service and manages national reference data, and nothing of any partnership', () => {
    expect(PERMISSION_NAMES.filter((p) => personMay(operator, p)).sort()).toEqual([
      'reference.national.manage',
      'service.operate',
    ]);
  });

  it('is never given by a partnership role, so no partnership administrator can run the service', () => {
    for (const role of Object.values(Role)) {
      expect(roleMay(role, 'service.operate'), role).toBe(false);
      expect(roleMay(role, 'reference.national.manage'), role).toBe(false);
    }
    expect(personMay(adminOfOne, 'service.operate')).toBe(false);
  });

  it('keeps partnership rights and deployment rights apart: no permission is held by both', () => {
    const both = PERMISSION_NAMES.filter(
      (p) => personMay(operator, p) && Object.values(Role).some((role) => roleMay(role, p)),
    );
    expect(both).toEqual([]);
  });
});

describe("the operator's pages", () => {
  it('lands the operator on the service health page, with the partnerships, the national lists and their account', () => {
    expect(mainPage(operator)).toBe('/operator');
    expect(staffNavigation(operator).map((l) => l.href)).toEqual([
      '/operator',
      '/operator/partnerships',
      '/operator/leaving',
      '/operator/national-lists',
      '/staff',
    ]);
  });

  it('shows the operator pages to no one else', () => {
    expect(staffNavigation(adminOfOne).map((l) => l.href)).toEqual(['/admin', '/staff']);
  });
});
