// The rules a reader of lib/auth/permissions.ts cares about, stated once each, rather than a copy of the
// table: adding a permission or a role changes these tests only where it breaks one of the rules.
import { describe, expect, it } from 'vitest';
import {
  PERMISSIONS,
  roleMay,
  roleSeesCaseContent,
  SERVICE_OPERATOR,
  type Grant,
  type Permission,
} from '@/lib/auth/permissions';
import { Role } from '@/lib/generated/prisma/enums';

const ROLES = Object.values(Role);
const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];
const held = (role: Role) => PERMISSION_NAMES.filter((permission) => roleMay(role, permission));
const CASE_ROLES = ROLES.filter((role) => roleMay(role, 'case.read'));

describe('who may do what', () => {
  it('gives every permission to some role (or the service operator) and every role some permission', () => {
    const holders: Grant[] = [...ROLES, SERVICE_OPERATOR];
    expect(
      PERMISSION_NAMES.filter((permission) => !holders.some((role) => roleMay(role, permission))),
    ).toEqual([]);
    expect(ROLES.filter((role) => held(role).length === 0)).toEqual([]);
  });

  it('lets school and front-door staff read and change cases, and only whoever may read one change it', () => {
    expect(CASE_ROLES).toEqual(expect.arrayContaining(['DSL', 'DEPUTY_DSL', 'FRONT_DOOR']));
    expect(ROLES.filter((role) => roleMay(role, 'case.update') && !roleMay(role, 'case.read'))).toEqual([]);
  });

  it('never lets a role that sees case content also see trends across schools', () => {
    expect(ROLES.filter((role) => roleSeesCaseContent(role) && roleMay(role, 'trends.read'))).toEqual([]);
  });

  it('shows patterns of one account across reports to the front door alone, never to trends staff', () => {
    expect(ROLES.filter((role) => roleMay(role, 'account-patterns.read'))).toEqual(['FRONT_DOOR']);
  });

  it('never lets partnership staff, administrators or the DPO read or change a case', () => {
    for (const role of ['PARTNERSHIP_STAFF', 'ADMIN', 'DPO'] as const) {
      expect(roleMay(role, 'case.read'), role).toBe(false);
      expect(roleMay(role, 'case.update'), role).toBe(false);
    }
  });

  it('shows administrators no case content, so staff managers cannot grant and then use case access', () => {
    expect(roleSeesCaseContent('ADMIN')).toBe(false);
    expect(ROLES.filter((role) => roleMay(role, 'staff.manage') && roleSeesCaseContent(role))).toEqual([]);
  });

  it('lets the DPO export a subject access request and read the audit trail, and change nothing', () => {
    expect(held('DPO').sort()).toEqual(['audit.read', 'subject-access.export']);
    expect(ROLES.filter((role) => roleMay(role, 'subject-access.export'))).toEqual(['DPO']);
  });

  it('keeps legal holds out of the hands of those who work the cases they hold', () => {
    expect(CASE_ROLES.filter((role) => roleMay(role, 'legal-hold.manage'))).toEqual([]);
  });

  it('names the roles an administrator may not give themselves: those that see case content', () => {
    expect(ROLES.filter(roleSeesCaseContent)).toEqual(['DSL', 'DEPUTY_DSL', 'FRONT_DOOR', 'DPO']);
  });
});
