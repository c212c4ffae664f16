import { describe, expect, it } from 'vitest';
import { adminSections, mainPage, staffNavigation } from '@/lib/auth/staff-destinations';
import type { Role } from '@/lib/generated/prisma/enums';

const person = (...roles: Role[]) => ({
  memberships: roles.map((role, i) => ({ role, partnershipId: `p${i}`, schoolId: null })),
});
const hrefs = (...roles: Role[]) => staffNavigation(person(...roles)).map((link) => link.href);

describe('where each member of staff lands after signing in', () => {
  it.each([
    [['DSL'], '/cases'],
    [['DEPUTY_DSL'], '/cases'],
    [['FRONT_DOOR'], '/cases'],
    [['PARTNERSHIP_STAFF'], '/trends'],
    [['ADMIN'], '/admin'],
    [['DPO'], '/admin'],
    // Several roles: the first of cases, trends, administration.
    [['ADMIN', 'PARTNERSHIP_STAFF'], '/trends'],
    [['ADMIN', 'DSL'], '/cases'],
    [['PARTNERSHIP_STAFF', 'FRONT_DOOR'], '/cases'],
    // No role yet: the account page, which says so.
    [[], '/staff'],
  ] as [Role[], string][])('%j → %s', (roles, page) => {
    expect(mainPage(person(...roles))).toBe(page);
  });
});

describe('the staff header’s links, by what the roles allow', () => {
  it('gives each role its own pages and always the account page', () => {
    expect(hrefs('DSL')).toEqual(['/cases', '/transfers', '/children', '/staff']);
    expect(hrefs('DEPUTY_DSL')).toEqual(['/cases', '/transfers', '/children', '/staff']);
    expect(hrefs('FRONT_DOOR')).toEqual(['/cases', '/patterns', '/transfers', '/staff']);
    expect(hrefs('PARTNERSHIP_STAFF')).toEqual(['/trends', '/trends/warnings', '/staff']);
    expect(hrefs('ADMIN')).toEqual(['/admin', '/staff']);
    expect(hrefs('DPO')).toEqual(['/admin', '/staff']);
    expect(hrefs()).toEqual(['/staff']);
  });

  it('gives someone with roles in two partnerships the pages of both', () => {
    const dslHereAdminThere = {
      memberships: [
        { role: 'DSL' as const, partnershipId: 'north', schoolId: 'oakfield' },
        { role: 'ADMIN' as const, partnershipId: 'south', schoolId: null },
      ],
    };
    expect(staffNavigation(dslHereAdminThere).map((l) => l.href)).toEqual([
      '/cases',
      '/transfers',
      '/children',
      '/admin',
      '/staff',
    ]);
  });

  it('never links a case team to administration or trends, nor an administrator to cases', () => {
    for (const role of ['DSL', 'DEPUTY_DSL', 'FRONT_DOOR'] as Role[])
      expect(hrefs(role).filter((h) => h.startsWith('/admin') || h.startsWith('/trends'))).toEqual([]);
    expect(
      hrefs('ADMIN', 'DPO', 'PARTNERSHIP_STAFF').filter((h) =>
        ['/cases', '/transfers', '/children'].some((p) => h.startsWith(p)),
      ),
    ).toEqual([]);
  });

  it('lists the administration sections each person may use, first one first', () => {
    const sections = (...roles: Role[]) => adminSections(person(...roles)).map((s) => s.href);
    expect(sections('ADMIN')[0]).toBe('/admin/schools');
    expect(sections('DPO')).toEqual(['/admin/audit', '/admin/subject-access']);
    expect(sections('DSL', 'PARTNERSHIP_STAFF')).toEqual([]);
  });
});
