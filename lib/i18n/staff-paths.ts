/**
 * Where staff pages live: the first part of their address. Staff pages are written in English, so they are
 * served in English whatever the browser asks for (lang="en-GB", left to right, no language chooser);
 * everything else a parent can reach, "page not found" and the warning letters (`/warnings`) included,
 * speaks the parent's language.
 * `tests/unit/staff-paths.test.ts` keeps this list in step with the folders under `app/`.
 */
export const STAFF_PATH_ROOTS = [
  'admin',
  'cases',
  'children',
  'dev',
  'file-transfer',
  'forgotten-password',
  'incidents',
  'invitation',
  'operator',
  'patterns',
  'reset-password',
  'sign-in',
  'sign-out',
  'signed-out',
  'staff',
  'transfers',
  'trends',
] as const;

const STAFF_ROOTS: ReadonlySet<string> = new Set(STAFF_PATH_ROOTS);

/** Whether an address path (with or without its query) is a staff page's. */
export function isStaffPath(path: string): boolean {
  const root = path.split(/[/?#]/, 2)[1] ?? '';
  return STAFF_ROOTS.has(root);
}
