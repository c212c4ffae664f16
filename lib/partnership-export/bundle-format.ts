// The partnership export bundle's format: its version and what each file holds. The manifest carries this
// (its "schema"), and docs/partnership-export.md describes it for whoever reads the bundle elsewhere.
// Change the version whenever a file is added, removed or changes shape.

export const BUNDLE_FORMAT = 'safeguarding-concerns.partnership-export';
export const BUNDLE_FORMAT_VERSION = 2;

/** Every file a bundle may hold (cases/<reference>.pdf aside), and what it is. */
export const BUNDLE_FILES = {
  'partnership.json':
    'The partnership: its settings, host names, retention policy, term dates, closing messages, sign-in providers (no secrets), language reviews and catalogue overrides.',
  'schools.json': 'Its schools.',
  'staff.json':
    'Its staff and their roles here (name, email, active, roles); no password hash, authenticator secret or token.',
  'concerns.json':
    'Every concern held, with its answers (decrypted), platforms, harms, account names given, chronology (decisions are entries of kind DECISION), messages with the reporter, referrals, review requests, share requests and child protection file transfers.',
  'file-transfers.json':
    'The record of every child protection file transfer to or from its schools: what was sent, when, to whom, who confirmed it (no case content).',
  'child-records.json': 'Child records of its schools (decrypted).',
  'incidents.json': 'Incidents linking concerns (decrypted titles).',
  'platforms.json': 'The national platforms it offers its parents, with its own advice for each.',
  'harm-categories.json': 'Harm categories of its own (the national ones are not its data).',
  'warnings.json': 'Warnings it wrote for parents about platforms.',
  'account-patterns.json':
    'Accounts named in several reports (hashes and counts) and the referrals made about them.',
  'trend-flags.json': 'Rises its early warning raised.',
  'deletion-records.json': 'Proof of concerns already deleted by its retention policy (no content).',
  'audit.json': 'Its audit trail: who did what, when (no case content).',
  'concerns.csv': 'One row per concern (no free text), for a spreadsheet.',
  'referrals.csv': 'One row per referral.',
  'schools.csv': 'One row per school.',
  'staff.csv': 'One row per role a member of staff holds here.',
  'cases/<reference>.pdf': 'Each concern as the case PDF staff download from the case page.',
  'manifest.json':
    'This list, the format and version, the partnership, when it was made and the number of records in each file. Written last.',
} as const;

export type BundleFile = Exclude<keyof typeof BUNDLE_FILES, 'cases/<reference>.pdf' | 'manifest.json'>;
