// The access matrix as data: for every page, route handler and server action of the app (app-entries.ts
// finds them on disk; one without a row here fails the matrix), what each person gets.
//   ok       the page, file or action's answer (for an action posted with no answers or a stale version:
//            its own "please correct this" answer, with nothing written)
//   404      "Page not found": the app does not say whether there is anything there
//   sign-in  sent to the staff sign-in page
//   → /path  sent somewhere else (the start of the journey, the follow-up sign-in, …)
//   405      the route does not answer that method
// A forged session, a signed-out session replayed and no session at all must all get the anonymous
// column; a POST from another site must get 403, whoever's cookie it carries.
import { ROLES } from './roles';
import type { Samples } from './samples';

export type Outcome = string;

/**
 * One column per person, in the order of the table below. The matrix also acts as people who must get
 * another column's answers (roles.ts SAME_AS: each role signed in with a work account gets that role's answers).
 */
export const COLUMNS = ROLES;

type Cells = readonly [
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
  Outcome,
];

export interface Row {
  expect: Cells;
  /** The URL to request (pages, routes) or post the action to; defaults to the entry's own pattern. */
  path?: (s: Samples) => string;
  /** Form fields for a direct POST. */
  body?: (s: Samples) => Record<string, string>;
  /** It ends the session or proof it is sent with: run after everything else, and allowed to write. */
  endsSession?: boolean;
  /** What a POST from another site gets, if not the proxy's 403. */
  crossSite?: Outcome;
  /** Words an "ok" answer must contain: proof the request got past the check it is meant to test. */
  okSays?: string;
}

/** A well-formed id that names nothing. */
const MATRIX_UUID = '00000000-0000-4000-8000-000000000000';
/** A well-formed emailed-link token that names no link. */
const NO_LINK = 'M'.repeat(43);
const row = (...expect: Cells): Row => ({ expect });
const at = (path: (s: Samples) => string, ...expect: Cells): Row => ({ path, expect });
const everyone = (outcome: Outcome): Row => row(...(Array(COLUMNS.length).fill(outcome) as unknown as Cells));
/** A case action posted against case A with a version that is never current: a real scope check. */
const onCaseA = (fields: Record<string, string>): Row => ({
  path: (s) => `/cases/${s.caseA.reference}`,
  body: (s) => ({ reference: s.caseA.reference, version: '999999', ...fields }),
  // Past the permission and the school scope, refused only because the version is stale.
  okSays: 'This case changed since you opened it',
  expect: CASE_A.expect,
});

// Who gets what, column by column:   anonymous  reporter   dslA       dslB       deputyA    frontDoor  partner.   admin      dpo        operator   dslSouth   adminSouth
// prettier-ignore
const STAFF_ONLY      = row(         'sign-in', 'sign-in', 'ok',      'ok',      'ok',      'ok',      'ok',      'ok',      'ok',      'ok',      'ok',      'ok');
// Someone signed in goes to their main page: cases, trends, administration or the operator's (lib/auth/staff-destinations.ts).
// prettier-ignore
const SIGNED_OUT_ONLY = row(         'ok',      'ok',      '→ /cases','→ /cases','→ /cases','→ /cases','→ /trends','→ /admin','→ /admin','→ /operator','→ /cases','→ /admin');
// prettier-ignore
const CASE_TEAMS      = row(         'sign-in', 'sign-in', 'ok',      'ok',      'ok',      'ok',      '404',     '404',     '404',     '404',     'ok',      '404');
// prettier-ignore
const PARTNERSHIP     = row(         'sign-in', 'sign-in', '404',     '404',     '404',     '404',     'ok',      '404',     '404',     '404',     '404',     '404');
// prettier-ignore
const ADMIN           = row(         'sign-in', 'sign-in', '404',     '404',     '404',     '404',     '404',     'ok',      '404',     '404',     '404',     'ok');
// A record of this partnership (a school, an account, a closing message): its own administrators only.
// prettier-ignore
const ADMIN_HERE      = row(         'sign-in', 'sign-in', '404',     '404',     '404',     '404',     '404',     'ok',      '404',     '404',     '404',     '404');
// prettier-ignore
const AUDIT           = row(         'sign-in', 'sign-in', '404',     '404',     '404',     '404',     '404',     'ok',      'ok',      '404',     '404',     'ok');
// prettier-ignore
const REPORTER_ONLY   = row(         '→ /check','ok',      '→ /check','→ /check','→ /check','→ /check','→ /check','→ /check','→ /check','→ /check','→ /check','→ /check');
// prettier-ignore
const CASE_A          = row(         'sign-in', 'sign-in', 'ok',      '404',     'ok',      '404',     '404',     '404',     '404',     '404',     '404',     '404');
// prettier-ignore
const DPO_ONLY        = row(         'sign-in', 'sign-in', '404',     '404',     '404',     '404',     '404',     '404',     'ok',      '404',     '404',     '404');
// Patterns of one account across reports (account-patterns.read): the front door of Northshire alone.
// prettier-ignore
const FRONT_DOOR      = row(         'sign-in', 'sign-in', '404',     '404',     '404',     'ok',      '404',     '404',     '404',     '404',     '404',     '404');
// The national lists (reference.national.manage): the service operator's alone.
// prettier-ignore
const NATIONAL        = row(         'sign-in', 'sign-in', '404',     '404',     '404',     '404',     '404',     '404',     '404',     'ok',      '404',     '404');
// Child records are their school's, like cases; the front door keeps none.
// prettier-ignore
const CHILD_TEAMS     = row(         'sign-in', 'sign-in', 'ok',      'ok',      'ok',      '404',     '404',     '404',     '404',     '404',     'ok',      '404');
// prettier-ignore
const CASE_B          = row(         'sign-in', 'sign-in', '404',     'ok',      '404',     '404',     '404',     '404',     '404',     '404',     '404',     '404');
// The service operator's pages: no partnership's staff, not even its administrators.
// prettier-ignore
const OPERATOR        = row(         'sign-in', 'sign-in', '404',     '404',     '404',     '404',     '404',     '404',     '404',     'ok',      '404',     '404');

// A record nobody reaches (an id that names nothing): signed-in staff of every kind get "not found".
// prettier-ignore
const FOUND_BY_NOBODY = row(         'sign-in', 'sign-in', '404',     '404',     '404',     '404',     '404',     '404',     '404',     '404',     '404',     '404');

export const EXPECTATIONS: Record<string, Row> = {
  // The public site: the same for everybody.
  'page /': everyone('ok'),
  'page /accessibility': everyone('ok'),
  'page /privacy': everyone('ok'),
  'page /advice': everyone('ok'),
  'page /advice/[platform]': at((s) => `/advice/${s.platformSlug}`, ...everyone('ok').expect),
  'page /check': everyone('ok'),
  'page /check/concern': REPORTER_ONLY,
  'page /check/concern/proof': REPORTER_ONLY,
  // prettier-ignore
  'GET /check/concern/proof/pdf': row('404', 'ok', '404', '404', '404', '404', '404', '404', '404', '404', '404', '404'),
  'POST /check/finish': { ...everyone('→ /'), endsSession: true },
  // The language chooser: with no page to go back to, the start page; nobody's session is touched.
  'POST /language': everyone('→ /'),
  // The report journey keeps each browser's own answers; with none, the later pages send you back.
  'page /report/danger': everyone('ok'),
  'page /report/danger-now': everyone('ok'),
  'page /report/school': everyone('ok'),
  'page /report/school/results': everyone('ok'),
  'page /report/child': everyone('ok'),
  'page /report/platforms': everyone('ok'),
  'page /report/accounts': everyone('ok'),
  'page /report/already-reported': everyone('ok'),
  'page /report/what-happened': everyone('ok'),
  'page /report/images': everyone('ok'),
  'page /report/description': everyone('ok'),
  'page /report/about-you': everyone('ok'),
  'page /report/check': everyone('→ /report/danger'),
  'page /report/confirmation': everyone('ok'),
  // Only the journey's own cookie opens it (none of the matrix's people has one): back to the confirmation.
  'page /report/confirmation/no-code': everyone('→ /report/confirmation'),
  // Proof of sending: only this browser's journey cookie (the matrix's people have none), or the
  // follow-up proof. The PDF says "not found" to anyone else.
  'page /report/confirmation/proof': everyone('→ /report/confirmation'),
  'GET /report/confirmation/proof/pdf': everyone('404'),
  // The end of the journey shows nothing of the report.
  'page /report/done': everyone('ok'),
  'page /report/try-later': everyone('ok'),
  'page /report/busy': everyone('ok'),
  // Signing in.
  'page /sign-in': SIGNED_OUT_ONLY,
  // The second step needs the first step's short-lived cookie; without it, back to the first step.
  'page /sign-in/code': everyone('sign-in'),
  'page /sign-in/recovery-code': everyone('sign-in'),
  // Step-up (lib/auth/require-fresh-factor.ts): for someone already signed in.
  'page /sign-in/confirm': STAFF_ONLY,
  // Signed in, it is the page that shows new recovery codes once (with none to show, an empty page).
  'page /sign-in/set-up-authenticator': STAFF_ONLY,
  // Work account sign-in: an id that is no enabled provider of this address's partnership, and a callback
  // with no attempt of this browser's to finish, both go back to the sign-in page with a plain reason.
  'GET /sign-in/provider/[id]': everyone('sign-in'),
  'GET /sign-in/provider/callback': everyone('sign-in'),
  'page /sign-out': STAFF_ONLY,
  'page /signed-out': everyone('ok'),
  'page /forgotten-password': everyone('ok'),
  'page /forgotten-password/sent': everyone('ok'),
  'page /invitation/[token]': at(
    (s) => `/invitation/${s.unknownId}`,
    ...everyone('→ /invitation/expired').expect,
  ),
  'page /invitation/expired': everyone('ok'),
  'page /reset-password/[token]': at(
    (s) => `/reset-password/${s.unknownId}`,
    ...everyone('→ /reset-password/expired').expect,
  ),
  'page /reset-password/expired': everyone('ok'),
  'GET /api/auth/[...nextauth]': at(() => '/api/auth/session', ...everyone('ok').expect),
  // next-auth's own sign-out wants its CSRF token; without it, it only points at its own page.
  'POST /api/auth/[...nextauth]': {
    ...at(() => '/api/auth/signout', ...everyone('→ /api/auth/signout').expect),
    endsSession: true,
  },
  'POST /api/sign-out': { ...everyone('→ /signed-out'), endsSession: true },
  'GET /api/health': everyone('ok'),
  // The school type-ahead: public names, towns and postcodes of active schools, the same for everyone.
  'GET /api/schools': at(() => '/api/schools?q=oak', ...everyone('ok').expect),
  // Staff.
  'page /staff': STAFF_ONLY,
  'page /staff/password': STAFF_ONLY,
  'page /staff/partnership': STAFF_ONLY,
  'page /staff/urgency': STAFF_ONLY,
  'page /cases': CASE_TEAMS,
  'page /children': CHILD_TEAMS,
  'page /children/[id]': at((s) => `/children/${s.childA.id}`, ...CASE_A.expect),
  'GET /children/[id]/pdf': at((s) => `/children/${s.childA.id}/pdf`, ...CASE_A.expect),
  // Transferring a child's whole file (issue 17), with a school search: school A's team only.
  'page /children/[id]/transfer': at((s) => `/children/${s.childA.id}/transfer?q=mill`, ...CASE_A.expect),
  'page /incidents/[id]': at((s) => `/incidents/${s.incidentA.id}`, ...CASE_A.expect),
  // With both of its query parameters: one form open (?action=) and a page of the access log (?accessPage=).
  'page /cases/[reference]': at(
    (s) => `/cases/${s.caseA.reference}?action=referral&accessPage=2`,
    ...CASE_A.expect,
  ),
  // The printable record is school B's case: the other side of the same boundary.
  'page /cases/[reference]/print': at((s) => `/cases/${s.caseB.reference}/print`, ...CASE_B.expect),
  'GET /cases/[reference]/pdf': at((s) => `/cases/${s.caseA.reference}/pdf`, ...CASE_A.expect),
  // Passing a case on (issue 17), with a school search: school A's team only, like the record itself.
  'page /cases/[reference]/pass-on': at((s) => `/cases/${s.caseA.reference}/pass-on?q=oak`, ...CASE_A.expect),
  // Child protection file transfers (issue 17): each school team its own lists (the front door none); one
  // transfer for the DSLs of its two schools only, sender (A) and receiver (B).
  'page /cases/[reference]/transfer': at(
    (s) => `/cases/${s.caseA.reference}/transfer?q=mill`,
    ...CASE_A.expect,
  ),
  'page /transfers': CASE_TEAMS,
  // An emailed transfer link (a school off the service): no account, so the same for everyone; a token that
  // names no link is "not found", whoever asks (its live use is tests/e2e/file-transfers-emailed.spec.ts).
  'page /file-transfer/[token]': at(() => `/file-transfer/${NO_LINK}`, ...everyone('404').expect),
  'GET /file-transfer/[token]/file': at(() => `/file-transfer/${NO_LINK}/file`, ...everyone('404').expect),
  'page /file-transfer/[token]/received': at(
    () => `/file-transfer/${NO_LINK}/received`,
    ...everyone('ok').expect,
  ),

  // prettier-ignore
  'page /transfers/[id]': at((s) => `/transfers/${s.transferAB.id}`, 'sign-in', 'sign-in', 'ok', 'ok', 'ok', '404', '404', '404', '404', '404', '404', '404'),
  'page /trends': PARTNERSHIP,
  'page /patterns': FRONT_DOOR,
  // The front door's requests waiting for a school team: each sees its own schools' (the front door none).
  'page /cases/share-requests': CASE_TEAMS,
  'GET /trends/csv': at(() => '/trends/csv?table=over-time', ...PARTNERSHIP.expect),
  'page /trends/advice': PARTNERSHIP,
  'page /trends/advice/[platform]': at((s) => `/trends/advice/${s.platformSlug}`, ...PARTNERSHIP.expect),
  'page /trends/warnings': PARTNERSHIP,
  'page /trends/warnings/new': PARTNERSHIP,
  // A published warning's letter to parents is public; a draft is found by nobody, not even its authors.
  'page /warnings/[id]/print': at((s) => `/warnings/${s.warningId}/print`, ...everyone('ok').expect),
  'GET /warnings/[id]/pdf': at((s) => `/warnings/${s.draftWarningId}/pdf`, ...everyone('404').expect),
  'page /admin': row(
    'sign-in',
    'sign-in',
    '404',
    '404',
    '404',
    '404',
    '404',
    '→ /admin/schools',
    '→ /admin/audit',
    '404',
    '404',
    '→ /admin/schools',
  ),
  'page /admin/audit': AUDIT,
  'page /admin/delivery': ADMIN,
  'page /admin/escalation': ADMIN,
  'page /admin/term-dates': ADMIN,
  'page /admin/early-warning': ADMIN,
  'page /admin/branding': ADMIN,
  'page /admin/retention': ADMIN,
  'page /admin/retention/policy': ADMIN,
  'page /admin/retention/legal-hold': ADMIN,
  'page /admin/retention/lift-hold': ADMIN,
  // Subject access: the data protection officer only, whoever else asks (an administrator included). On
  // case C: the DPO's exports are audited against their case, and cases A and B must stay untouched.
  'page /admin/subject-access': DPO_ONLY,
  'page /admin/subject-access/[reference]': at(
    (s) => `/admin/subject-access/${s.caseC.reference}`,
    ...DPO_ONLY.expect,
  ),
  'GET /admin/subject-access/[reference]/json': at(
    (s) => `/admin/subject-access/${s.caseC.reference}/json`,
    ...DPO_ONLY.expect,
  ),
  'GET /admin/subject-access/[reference]/text': at(
    (s) => `/admin/subject-access/${s.caseC.reference}/text`,
    ...DPO_ONLY.expect,
  ),
  // A partnership leaving (issue 16): its administrators take its data and ask; the operator decides.
  'page /admin/leave': ADMIN,
  'GET /admin/leave/export': ADMIN,
  'page /admin/closing-messages': ADMIN,
  'page /admin/closing-messages/new': ADMIN,
  'page /admin/closing-messages/[id]': at(
    (s) => `/admin/closing-messages/${s.closingMessageId}`,
    ...ADMIN_HERE.expect,
  ),
  'page /admin/sign-in': ADMIN,
  'page /admin/sign-in/new': ADMIN,
  'page /admin/sign-in/[id]': at((s) => `/admin/sign-in/${s.signInProviderId}`, ...ADMIN_HERE.expect),
  'page /admin/sign-in/[id]/connection': at(
    (s) => `/admin/sign-in/${s.signInProviderId}/connection`,
    ...ADMIN_HERE.expect,
  ),
  'page /admin/harm-categories': ADMIN,
  'page /admin/harm-categories/new': ADMIN,
  // The sample is a national category: only the service operator may open it.
  'page /admin/harm-categories/[id]': at(
    (s) => `/admin/harm-categories/${s.harmCategoryId}`,
    ...NATIONAL.expect,
  ),
  'page /admin/platforms': ADMIN,
  'page /admin/platforms/new': NATIONAL,
  'page /admin/platforms/[id]': at((s) => `/admin/platforms/${s.platformId}`, ...NATIONAL.expect),
  'page /admin/schools': ADMIN,
  'page /admin/schools/new': ADMIN,
  'page /admin/schools/[id]': at((s) => `/admin/schools/${s.schoolId}`, ...ADMIN_HERE.expect),
  'page /admin/schools/import': ADMIN,
  'page /admin/schools/import/[id]': at(
    (s) => `/admin/schools/import/${s.unknownId}`,
    ...row('sign-in', 'sign-in', '404', '404', '404', '404', '404', '404', '404', '404', '404', '404').expect,
  ),
  // A route handler (a CSV file) answers "not found" to anyone not allowed, signed in or not.
  // A pattern's account names: an id that names no pattern is "not found" even for the front door (the
  // matrix has no sample pattern; tests/e2e/share-requests.spec.ts downloads a real one).
  'GET /patterns/[id]/csv': at((s) => `/patterns/${s.unknownId}/csv`, ...everyone('404').expect),
  'GET /admin/schools/import/[id]/rejected-rows': at(
    (s) => `/admin/schools/import/${s.unknownId}/rejected-rows`,
    ...everyone('404').expect,
  ),
  // A language's catalogue for review: the administrator's own partnership's version, "not found" to others.
  'GET /admin/branding/catalogue/[locale]': at(
    () => '/admin/branding/catalogue/ur',
    ...row('404', '404', '404', '404', '404', '404', '404', 'ok', '404', '404', '404', 'ok').expect,
  ),
  // Like the schools upload: outside proxy.ts, it checks the session, then the origin, itself. Posted with
  // no language, so it goes back to the form and keeps nothing.
  'POST /admin/branding/catalogue-upload': {
    ...row(
      '404',
      '404',
      '404',
      '404',
      '404',
      '404',
      '404',
      '→ /admin/branding',
      '404',
      '404',
      '404',
      '→ /admin/branding',
    ),
    crossSite: '404',
  },
  // Outside proxy.ts (which would cut large files): it checks the session, then the origin, itself.
  'POST /admin/schools/import/upload': {
    ...row(
      '404',
      '404',
      '404',
      '404',
      '404',
      '404',
      '404',
      '→ /admin/schools/import',
      '404',
      '404',
      '404',
      '→ /admin/schools/import',
    ),
    crossSite: '404',
  },
  'page /admin/staff': ADMIN,
  'page /admin/staff/invite': ADMIN,
  'page /admin/staff/[id]': at((s) => `/admin/staff/${s.staffId}`, ...ADMIN_HERE.expect),
  'page /dev/mail': everyone('404'),
  'page /operator': OPERATOR,
  'page /operator/national-lists': NATIONAL,
  'page /operator/bank-holidays': NATIONAL,
  'page /operator/partnerships': OPERATOR,
  'page /operator/leaving': OPERATOR,
  'page /operator/leaving/[id]': at((s) => `/operator/leaving/${s.leaveRequestId}`, ...OPERATOR.expect),

  // Server actions, posted directly with no answers (or a stale version): whoever may use one gets its
  // "please correct this" answer; everyone else is refused before it looks at the answers.
  'action lib/reporting/journey-actions.ts#saveDanger': everyone('ok'),
  'action lib/reporting/journey-actions.ts#searchSchools': everyone('ok'),
  'action lib/reporting/journey-actions.ts#chooseSchool': everyone('ok'),
  'action lib/reporting/journey-actions.ts#saveChild': everyone('ok'),
  'action lib/reporting/journey-actions.ts#savePlatforms': everyone('ok'),
  'action lib/reporting/journey-actions.ts#saveAccounts': everyone('ok'),
  // The question is optional, so an empty post is a valid answer and would start a journey: an answer that is
  // none of the choices is refused instead, and nothing is written.
  'action lib/reporting/journey-actions.ts#saveAlreadyReported': {
    ...everyone('ok'),
    body: () => ({ reportedToPlatform: 'MAYBE' }),
    okSays: 'Select if you have reported it to the app or website',
  },
  'action lib/reporting/journey-actions.ts#saveWhatHappened': everyone('ok'),
  'action lib/reporting/journey-actions.ts#saveDescription': everyone('ok'),
  'action lib/reporting/journey-actions.ts#saveAboutYou': everyone('ok'),
  // With no answers in this browser's journey there is nothing to send: back to the first question.
  'action lib/reporting/send-actions.ts#sendReport': everyone('→ /report/danger'),
  // Posted with no answers: "Type the last 4 letters…" / "Enter your email address", nothing written.
  'action lib/reporting/keep-code-actions.ts#keepCode': everyone('ok'),
  'action lib/reporting/keep-code-actions.ts#giveEmailInstead': everyone('ok'),
  // Forgets this browser's journey (none here) and says what leaving without the code means.
  'action lib/reporting/keep-code-actions.ts#leaveWithoutCode': everyone('→ /report/done'),
  'action lib/follow-up/follow-up-actions.ts#checkConcern': everyone('ok'),
  'action lib/follow-up/follow-up-actions.ts#sendReporterMessage': REPORTER_ONLY,
  'action lib/follow-up/follow-up-actions.ts#addReporterInformation': REPORTER_ONLY,
  // A reason is optional, so an empty post would ask for a review: one too long is refused, nothing written.
  'action lib/follow-up/follow-up-actions.ts#askForReview': {
    ...REPORTER_ONLY,
    body: () => ({ reason: 'x'.repeat(2001) }),
    okSays: 'must be 2,000 characters or fewer',
  },
  'action lib/follow-up/follow-up-actions.ts#savePlatformResponse': REPORTER_ONLY,
  'action lib/auth/actions/sign-in-with-password.ts#signInWithPassword': everyone('ok'),
  'action lib/auth/actions/sign-in-with-code.ts#signInWithCode': everyone('sign-in'),
  'action lib/auth/actions/sign-in-with-recovery-code.ts#signInWithRecoveryCode': everyone('sign-in'),
  'action lib/auth/actions/confirm-authenticator.ts#confirmAuthenticator': everyone('sign-in'),
  'action lib/auth/actions/request-password-reset.ts#requestPasswordResetAction': everyone('ok'),
  'action lib/auth/actions/reset-password.ts#resetPasswordAction': everyone('ok'),
  'action lib/auth/actions/accept-invitation.ts#acceptInvitationAction': everyone('ok'),
  'action lib/auth/actions/change-password.ts#changePasswordAction': STAFF_ONLY,
  'action lib/auth/actions/confirm-fresh-factor.ts#confirmFreshFactor': STAFF_ONLY,
  'action lib/auth/actions/switch-partnership.ts#switchPartnershipAction': STAFF_ONLY,
  'action app/cases/[reference]/actions.ts#acknowledgeAction': onCaseA({}),
  'action app/cases/[reference]/actions.ts#addNoteAction': onCaseA({ note: 'Matrix note' }),
  'action app/cases/[reference]/actions.ts#recordDecisionAction': onCaseA({
    decision: 'd',
    decisionReason: 'r',
  }),
  'action app/cases/[reference]/actions.ts#recordActionTakenAction': onCaseA({ actionTaken: 'a' }),
  // With the status and assignment ticked alongside: still refused on the stale version, nothing written.
  'action app/cases/[reference]/actions.ts#recordReferralAction': onCaseA({
    destination: 'POLICE',
    referredOn: '1/1/2026',
    also: 'status',
  }),
  'action app/cases/[reference]/actions.ts#recordInformationSharingAction': onCaseA({
    shared: 'NOT_SHARED',
    sharingReason: 'r',
  }),
  // Answered by case A's own school team only; the version check comes first, as for every case action.
  'action app/cases/[reference]/actions.ts#answerShareRequestAction': onCaseA({
    requestId: MATRIX_UUID,
    answer: 'ACCEPTED',
    reason: 'Matrix reason',
  }),
  // Finishing a parent's review (lib/reviews/): case A has none, so its own team hears that only the front
  // door can finish one, and nothing is written; the front door never reaches case A.
  'action app/cases/[reference]/actions.ts#finishReviewAction': {
    ...onCaseA({ reviewId: MATRIX_UUID, outcome: 'Matrix outcome' }),
    okSays: 'Only the front door can finish this review',
  },
  'action app/patterns/actions.ts#requestSharesAction': FRONT_DOOR,
  'action app/patterns/actions.ts#recordPatternReferralAction': FRONT_DOOR,
  'action app/cases/[reference]/actions.ts#rateRiskAction': onCaseA({ riskLevel: 'LOW', rationale: 'r' }),
  'action app/cases/[reference]/actions.ts#assignCaseAction': onCaseA({
    assigneeId: '00000000-0000-4000-8000-000000000000',
  }),
  'action app/cases/[reference]/actions.ts#changeStatusAction': onCaseA({ status: 'UNDER_REVIEW' }),
  'action app/cases/[reference]/actions.ts#messageReporterAction': onCaseA({ body: 'Matrix message' }),
  // To the front door, with a reason: refused on the stale version, so case A stays where it is.
  'action app/cases/[reference]/actions.ts#passOnAction': onCaseA({
    to: 'front-door',
    reason: 'Matrix reason',
  }),
  // Sending case A's file, posted to the page that holds the form: refused on the stale version, so nothing
  // is sent.
  'action app/cases/[reference]/transfer/actions.ts#startTransferAction': {
    ...onCaseA({ to: MATRIX_UUID, childStartsOn: new Date().toISOString().slice(0, 10) }),
    path: (s) => `/cases/${s.caseA.reference}/transfer`,
  },
  // The emailed link's two forms, posted with a token that names no link: anyone may post them (no
  // account), and everyone hears that the link does not work, nothing written. The passcode form's answer
  // may instead be the address limit's, shared with the spec that types passcodes: no okSays there.
  'action lib/transfers/emailed-link-actions.ts#unlockTransferLink': {
    ...everyone('ok'),
    path: () => `/file-transfer/${NO_LINK}/received`,
    body: () => ({ token: NO_LINK, passcode: 'AAAA-AAAA-AAAA' }),
  },
  'action lib/transfers/emailed-link-actions.ts#confirmTransferReceipt': {
    ...everyone('ok'),
    path: () => `/file-transfer/${NO_LINK}/received`,
    body: () => ({ token: NO_LINK, receiverName: 'Matrix', receiverRole: 'Matrix role' }),
    okSays: 'This link does not work',
  },
  // Answering a transfer that does not exist, posted to that transfer's page: "not found" for everyone who
  // may answer one, nothing written (the receiving and sending sides are crossed in
  // tests/integration/file-transfers.test.ts). Not to the matrix's real transfer's page: Next draws the
  // page posted to again after the refusal, and looking at a transfer is audited (read-transfer.ts).
  'action app/transfers/actions.ts#acceptTransferAction': {
    path: () => `/transfers/${MATRIX_UUID}`,
    body: () => ({ transferId: MATRIX_UUID }),
    ...FOUND_BY_NOBODY,
  },
  'action app/transfers/actions.ts#returnTransferAction': {
    path: () => `/transfers/${MATRIX_UUID}`,
    body: () => ({ transferId: MATRIX_UUID, returnReason: 'Matrix reason' }),
    ...FOUND_BY_NOBODY,
  },
  'action app/transfers/actions.ts#cancelTransferAction': {
    path: () => `/transfers/${MATRIX_UUID}`,
    body: () => ({ transferId: MATRIX_UUID }),
    ...FOUND_BY_NOBODY,
  },
  // Linking a case to a child: case A's team only (the front door never sees case A).
  'action app/cases/[reference]/child/actions.ts#linkChildAction': onCaseA({
    linkReason: 'r',
    childId: MATRIX_UUID,
  }),
  'action app/cases/[reference]/child/actions.ts#newChildAction': onCaseA({
    childName: 'A',
    yearGroup: '4',
    newChildReason: 'r',
  }),
  'action app/cases/[reference]/child/actions.ts#unlinkChildAction': onCaseA({ unlinkReason: 'r' }),
  'action app/cases/[reference]/incident/actions.ts#newIncidentAction': onCaseA({ incidentTitle: 'Event' }),
  'action app/cases/[reference]/incident/actions.ts#joinIncidentAction': onCaseA({ incidentId: MATRIX_UUID }),
  'action app/cases/[reference]/incident/actions.ts#leaveIncidentAction': onCaseA({}),
  // Merging into school A's child record, with a version that is never current: a real scope check.
  'action app/children/[id]/actions.ts#mergeChildAction': {
    path: (s) => `/children/${s.childA.id}`,
    body: (s) => ({ childId: s.childA.id, version: '999999', otherId: s.unknownId, mergeReason: 'r' }),
    okSays: 'This child’s record changed since you opened it',
    expect: CASE_A.expect,
  },
  // Sending school A's child's whole file with a version that is never current: past the permission, the
  // second factor and the child's scope, refused on the version, so nothing is sent.
  'action app/children/[id]/transfer/actions.ts#startChildFileTransferAction': {
    path: (s) => `/children/${s.childA.id}/transfer`,
    body: (s) => ({
      childId: s.childA.id,
      version: '999999',
      to: MATRIX_UUID,
      childStartsOn: new Date().toISOString().slice(0, 10),
    }),
    okSays: 'This child’s record changed since you opened it',
    expect: CASE_A.expect,
  },
  'action app/trends/warnings/actions.ts#createWarning': PARTNERSHIP,
  'action app/trends/warnings/actions.ts#changeWarningPublication': PARTNERSHIP,
  'action app/trends/advice/actions.ts#updatePlatformAdvice': PARTNERSHIP,
  'action app/admin/delivery/actions.ts#retryEmailAction': ADMIN,
  'action app/admin/retention/actions.ts#changeRetentionPolicy': ADMIN,
  'action app/admin/retention/actions.ts#placeLegalHold': ADMIN,
  'action app/admin/retention/actions.ts#liftLegalHold': ADMIN,
  'action app/admin/subject-access/actions.ts#findConcernForExport': DPO_ONLY,
  'action app/admin/leave/actions.ts#askToLeaveAction': ADMIN,
  'action app/admin/platforms/actions.ts#addPlatform': NATIONAL,
  'action app/admin/platforms/actions.ts#editPlatform': NATIONAL,
  'action app/admin/platforms/actions.ts#showPlatform': ADMIN,
  'action app/admin/platforms/actions.ts#addHarmCategory': NATIONAL,
  'action app/admin/platforms/actions.ts#editHarmCategory': NATIONAL,
  'action app/admin/platforms/actions.ts#addOwnHarmCategory': ADMIN,
  'action app/admin/platforms/actions.ts#editOwnHarmCategory': ADMIN,
  'action app/admin/closing-messages/actions.ts#addClosingMessage': ADMIN,
  'action app/admin/closing-messages/actions.ts#editClosingMessage': ADMIN,
  'action app/admin/sign-in/actions.ts#addSignInProvider': ADMIN,
  'action app/admin/sign-in/actions.ts#editSignInProvider': ADMIN,
  'action app/admin/sign-in/actions.ts#changePasswordSignIn': ADMIN,
  'action app/admin/platforms/actions.ts#editEscalation': ADMIN,
  'action app/admin/term-dates/actions.ts#addTermDateAction': ADMIN,
  'action app/admin/term-dates/actions.ts#removeTermDateAction': ADMIN,
  'action app/admin/early-warning/actions.ts#saveNationalEarlyWarningAction': ADMIN,
  'action app/operator/bank-holidays/actions.ts#addBankHolidayAction': NATIONAL,
  'action app/operator/bank-holidays/actions.ts#removeBankHolidayAction': NATIONAL,
  'action app/admin/branding/actions.ts#editBranding': ADMIN,
  // Posted with a language that cannot be offered, so it is refused and writes nothing (no languages at
  // all is a real answer: English only).
  'action app/admin/branding/actions.ts#editLanguages': {
    ...ADMIN,
    body: () => ({ languages: 'xx' }),
    okSays: 'Choose only languages whose translation is complete',
  },
  // Posted for a language the service does not have, so it is refused and records no review.
  'action app/admin/branding/actions.ts#recordReview': {
    ...ADMIN,
    body: () => ({ locale: 'xx', reviewerName: 'Matrix', reviewedOn: '1/1/2026' }),
    okSays: 'Select the language that was reviewed',
  },
  'action app/admin/schools/actions.ts#addSchool': ADMIN,
  'action app/admin/schools/actions.ts#editSchool': ADMIN,
  'action app/admin/schools/actions.ts#changeSchoolActive': ADMIN,
  'action app/admin/schools/actions.ts#confirmSchoolImport': ADMIN,
  'action app/admin/staff/actions.ts#inviteStaff': ADMIN,
  'action app/admin/staff/actions.ts#changeInvitation': ADMIN,
  'action app/admin/staff/actions.ts#changeAccount': ADMIN,
  'action app/operator/partnerships/actions.ts#addPartnership': OPERATOR,
  'action app/operator/leaving/actions.ts#confirmLeaveAction': OPERATOR,
  'action app/operator/leaving/actions.ts#refuseLeaveAction': OPERATOR,
  'action app/operator/partnerships/actions.ts#addPartnershipHostAction': OPERATOR,
  'action app/operator/partnerships/actions.ts#removePartnershipHostAction': OPERATOR,
  'action app/operator/partnerships/actions.ts#makePartnershipHostPrimaryAction': OPERATOR,
};
