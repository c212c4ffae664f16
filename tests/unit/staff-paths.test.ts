// Staff pages are served in English whatever the browser asks (lib/i18n/staff-paths.ts). The list of their
// first path parts must match the folders under app/: a new staff area left off it would be served in a
// parent's language (English marked as Urdu, laid out right to left), and a public one put on it in English.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isStaffPath, STAFF_PATH_ROOTS } from '@/lib/i18n/staff-paths';

const APP = resolve(__dirname, '../../app');
const folders = (dir: string) =>
  readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
    .map((entry) => entry.name);

/** Parents' pages outside the (public) group: the warning letters a parent opens from the start page. */
const PUBLIC_OUTSIDE_GROUP = ['warnings'];

/** The first path part of every route under app/, route groups opened; `api` holds no pages. */
function routeRoots(): { staff: string[]; parents: string[] } {
  const staff: string[] = [];
  const parents: string[] = [];
  for (const name of folders(APP)) {
    if (name === 'api') continue;
    if (name === '(public)') parents.push(...folders(resolve(APP, name)));
    else if (PUBLIC_OUTSIDE_GROUP.includes(name)) parents.push(name);
    else if (name.startsWith('(')) staff.push(...folders(resolve(APP, name)));
    else staff.push(name);
  }
  return { staff: staff.sort(), parents: parents.sort() };
}

describe('staff paths', () => {
  it('name exactly the staff folders under app/', () => {
    expect([...STAFF_PATH_ROOTS].sort()).toEqual(routeRoots().staff);
  });

  it('leave every public folder to the parent’s language', () => {
    for (const root of routeRoots().parents) expect(isStaffPath(`/${root}`), root).toBe(false);
  });

  it('read the first part of a path, with or without a query', () => {
    expect(isStaffPath('/cases')).toBe(true);
    expect(isStaffPath('/cases/SG-1234?action=note')).toBe(true);
    expect(isStaffPath('/sign-in?next=%2Fcases')).toBe(true);
    expect(isStaffPath('/')).toBe(false);
    expect(isStaffPath('/?lang=ur')).toBe(false);
    expect(isStaffPath('/report/danger')).toBe(false);
    expect(isStaffPath('/casesx')).toBe(false);
    expect(isStaffPath('/no-such-page')).toBe(false);
  });
});
