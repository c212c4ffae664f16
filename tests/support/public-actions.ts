// Every server-action module in the app, found on disk, sorted into the ones anyone can call (driven by
// the hostile-input tests) and the staff ones (behind a session; the access-control tests cross those).
// A new 'use server' file fails tests/integration/hostile-input.test.ts until it is listed here.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Module → its exported actions → the field names its form really sends. */
export const PUBLIC_ACTION_FIELDS: Record<string, Record<string, readonly string[]>> = {
  'lib/reporting/journey-actions.ts': {
    saveDanger: ['immediateDanger'],
    searchSchools: ['schoolQuery'],
    chooseSchool: ['school', 'schoolOther'],
    saveChild: ['childName', 'childAge', 'childYear'],
    savePlatforms: ['platforms', 'platformOther'],
    // One box per platform chosen, named by the platform's id.
    saveAccounts: ['account-0190a2b4-1c2d-7e3f-8a4b-5c6d7e8f9a0b'],
    saveAlreadyReported: ['reportedToPlatform'],
    saveWhatHappened: ['harms', 'happened', 'stillHappening', 'childKnows'],
    saveDescription: ['description'],
    saveAboutYou: [
      'relationship',
      'contact',
      'reporterName',
      'reporterEmail',
      'reporterPhone',
      'reporterSafeTimes',
    ],
  },
  'lib/reporting/send-actions.ts': {
    sendReport: ['website', 'sentToken'],
  },
  'lib/reporting/keep-code-actions.ts': {
    keepCode: ['code'],
    giveEmailInstead: ['reporterEmail'],
    leaveWithoutCode: [],
  },
  'lib/follow-up/follow-up-actions.ts': {
    checkConcern: ['reference', 'receipt'],
    sendReporterMessage: ['message', 'sendKey'],
    addReporterInformation: ['information', 'sendKey'],
    askForReview: ['reason'],
    // One radio group per platform of the concern, named by the platform's id.
    savePlatformResponse: ['response-0190a2b4-1c2d-7e3f-8a4b-5c6d7e8f9a0b'],
  },
  'lib/transfers/emailed-link-actions.ts': {
    unlockTransferLink: ['token', 'passcode'],
    confirmTransferReceipt: ['token', 'receiverName', 'receiverRole'],
  },
  'lib/auth/actions/sign-in-with-password.ts': { signInWithPassword: ['email', 'password'] },
  'lib/auth/actions/request-password-reset.ts': { requestPasswordResetAction: ['email'] },
  'lib/auth/actions/sign-in-with-code.ts': { signInWithCode: ['code'] },
  'lib/auth/actions/sign-in-with-recovery-code.ts': { signInWithRecoveryCode: ['code'] },
  'lib/auth/actions/confirm-authenticator.ts': { confirmAuthenticator: ['code'] },
  'lib/auth/actions/reset-password.ts': { resetPasswordAction: ['token', 'password', 'confirmPassword'] },
  'lib/auth/actions/accept-invitation.ts': {
    acceptInvitationAction: ['token', 'name', 'password', 'confirmPassword'],
  },
};

/** Actions that need a staff session: not public surfaces. */
export const STAFF_ACTION_MODULES = [
  'lib/auth/actions/change-password.ts',
  'lib/auth/actions/switch-partnership.ts',
  'lib/auth/actions/confirm-fresh-factor.ts',
  'app/trends/warnings/actions.ts',
  'app/trends/advice/actions.ts',
  'app/admin/delivery/actions.ts',
  'app/admin/staff/actions.ts',
  'app/admin/platforms/actions.ts',
  'app/admin/branding/actions.ts',
  'app/admin/closing-messages/actions.ts',
  'app/admin/sign-in/actions.ts',
  'app/operator/partnerships/actions.ts',
  'app/admin/term-dates/actions.ts',
  'app/admin/early-warning/actions.ts',
  'app/operator/bank-holidays/actions.ts',
  'app/admin/schools/actions.ts',
  'app/admin/retention/actions.ts',
  'app/admin/subject-access/actions.ts',
  'app/cases/[reference]/actions.ts',
  'app/cases/[reference]/child/actions.ts',
  'app/cases/[reference]/incident/actions.ts',
  'app/children/[id]/actions.ts',
  'app/children/[id]/transfer/actions.ts',
  'app/patterns/actions.ts',
  'app/cases/[reference]/transfer/actions.ts',
  'app/transfers/actions.ts',
  'app/admin/leave/actions.ts',
  'app/operator/leaving/actions.ts',
];

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'generated' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (/\.tsx?$/.test(name)) out.push(path);
  }
  return out;
}

/** Every file under app/ and lib/ with a 'use server' directive, relative to the project. */
export function findServerActionModules(root = process.cwd()): string[] {
  return [...walk(join(root, 'app')), ...walk(join(root, 'lib'))]
    .filter((file) => /^\s*['"]use server['"]/m.test(readFileSync(file, 'utf8')))
    .map((file) => relative(root, file))
    .sort();
}

/** Route handlers under app/api (route.ts files), as URL paths with [segments] kept. */
export function findApiRoutes(root = process.cwd()): string[] {
  return walk(join(root, 'app', 'api'))
    .filter((file) => /\/route\.tsx?$/.test(file))
    .map((file) => '/' + relative(join(root, 'app'), file).replace(/\/route\.tsx?$/, ''))
    .sort();
}
