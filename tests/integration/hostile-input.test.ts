// Property-based hostile input against every public form action, on a real Postgres. Only the request
// (cookies, headers) is played by the test: validation, storage and the action wrapper are the app's own.
// A case "fails" if the action throws anything but a redirect (a 500 in the browser), answers with the
// generic "something went wrong" (an internal error), returns something React could not send back, or
// stores anything when it refused the request. Accepted text must be stored exactly as text.
import { hasVisibleText } from '@/lib/actions/text-fields';
import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db';
import { resetEnvForTests } from '@/lib/env';
import { startReporterSession } from '@/lib/follow-up/reporter-session';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { readDraft } from '@/lib/reporting/report-draft';
import { hostileForm, toFormData, type FormPart } from '../support/hostile-values';
import {
  findServerActionModules,
  PUBLIC_ACTION_FIELDS,
  STAFF_ACTION_MODULES,
} from '../support/public-actions';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

const request = vi.hoisted(() => ({ cookies: new Map<string, string>(), headers: new Headers() }));
vi.mock('next/headers', () => ({
  headers: async () => request.headers,
  cookies: async () => ({
    get: (name: string) =>
      request.cookies.has(name) ? { name, value: request.cookies.get(name) } : undefined,
    set: (name: string, value: string) => void request.cookies.set(name, value),
    delete: (name: string | { name: string }) =>
      void request.cookies.delete(typeof name === 'string' ? name : name.name),
  }),
}));
vi.mock('next/cache', () => ({ revalidatePath: () => undefined }));

type Action = (previous: object, form: FormData) => Promise<unknown>;
const modules: Record<string, Record<string, Action>> = {};
let world: ReportingWorld;
let concernId: string;
let address = 0;
export const casesRun = { schema: 0, action: 0 };

beforeAll(async () => {
  // Thousands of requests: keep the action log (one line each) out of the test output.
  process.env.LOG_LEVEL = 'silent';
  resetEnvForTests();
  for (const path of Object.keys(PUBLIC_ACTION_FIELDS))
    // A path only known at run time (the list is checked against the disk below).
    modules[path] = (await import(/* @vite-ignore */ `@/${path.replace(/\.ts$/, '')}`)) as Record<
      string,
      Action
    >;
  world = await makeReportingWorld();
  const concern = await getDb().concern.create({
    data: {
      reference: 'HSTL-0001',
      receiptHash: 'x',
      partnershipId: world.partnership.id,
      route: 'FRONT_DOOR',
      happened: 'TODAY',
      stillHappening: 'NO',
      childKnows: 'YES',
      reporterRelationship: 'PARENT_OR_CARER',
      description: 'd',
    },
  });
  concernId = concern.id;
});
afterAll(async () => {
  console.log(`[hostile-input] ${casesRun.action} hostile requests to public actions on Postgres`);
  await closeRateLimits();
});

/** Rows a refused request must not add to. Rate-limit counters are allowed to move. */
async function storedCounts(): Promise<string> {
  const rows = await getDb().$queryRawUnsafe<Record<string, bigint>[]>(
    `SELECT (SELECT count(*) FROM "Concern") c, (SELECT count(*) FROM "ConcernEvent") e,
            (SELECT count(*) FROM "Message") m, (SELECT count(*) FROM "OutboxEmail") o,
            (SELECT count(*) FROM "StaffSession") s, (SELECT count(*) FROM "StaffUser") u,
            (SELECT count(*) FROM "ReportDraft") d, (SELECT count(*) FROM "PasswordToken") p,
            (SELECT count(*) FROM "ReviewRequest") r`,
  );
  return JSON.stringify(rows[0], (_k, v: unknown) => (typeof v === 'bigint' ? Number(v) : v));
}

const isRedirect = (e: unknown) =>
  typeof (e as { digest?: unknown })?.digest === 'string' &&
  (e as { digest: string }).digest.startsWith('NEXT_REDIRECT');

/** What React would send back must be plain data: strings, arrays of strings, booleans, objects. */
function isPlainData(value: unknown): boolean {
  if (value === null || ['string', 'boolean', 'number', 'undefined'].includes(typeof value)) return true;
  if (Array.isArray(value)) return value.every(isPlainData);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value as object).every(isPlainData);
}

type Outcome = { kind: 'redirect' } | { kind: 'state'; state: Record<string, unknown> };

async function drive(action: Action, parts: FormPart[]): Promise<Outcome> {
  try {
    return { kind: 'state', state: (await action({}, toFormData(parts))) as Record<string, unknown> };
  } catch (error) {
    if (isRedirect(error)) return { kind: 'redirect' };
    throw error;
  }
}

/** A fresh browser: its own address (so throttling does not hide the checks), maybe a journey or proof. */
async function freshRequest(browser: 'none' | 'journey' | 'proof') {
  request.cookies.clear();
  address += 1;
  request.headers = new Headers({
    'x-client-address': `10.${(address >> 16) & 255}.${(address >> 8) & 255}.${address & 255}`,
  });
  if (browser === 'journey')
    request.cookies.set('report_journey', await startJourney(completeAnswers(world)));
  if (browser === 'proof') request.cookies.set('report_check', await startReporterSession(concernId));
}

const browsers = fc.constantFrom('none', 'journey', 'proof') as fc.Arbitrary<'none' | 'journey' | 'proof'>;
/** Argon2 checks (sign-in, receipt) cost ~50 ms each on this machine: fewer cases, same properties. */
const RUNS: Record<string, number> = { checkConcern: 60, signInWithPassword: 80, sendReport: 120 };

describe('every public form action, with hostile input', () => {
  it('knows every server-action module on disk (a new one must be listed as public or staff)', () => {
    expect(findServerActionModules()).toEqual(
      [...Object.keys(PUBLIC_ACTION_FIELDS), ...STAFF_ACTION_MODULES].sort(),
    );
    for (const [path, actions] of Object.entries(PUBLIC_ACTION_FIELDS))
      expect(Object.keys(modules[path] ?? {}).sort(), path).toEqual(Object.keys(actions).sort());
  });

  const all = Object.entries(PUBLIC_ACTION_FIELDS).flatMap(([path, actions]) =>
    Object.entries(actions).map(([name, fields]) => ({ path, name, fields })),
  );
  it.each(all)(
    '$name: no internal error, nothing stored when refused, text kept as text',
    async (entry) => {
      const action = modules[entry.path]?.[entry.name] as Action;
      await checkProperty(
        fc.asyncProperty(browsers, hostileForm(entry.fields), async (browser, parts) => {
          await freshRequest(browser);
          const token = request.cookies.get('report_journey');
          const draftBefore = JSON.stringify(await readDraft(token));
          const before = await storedCounts();
          // The follow-up page always sends its one-time key: start with a real one, so hostile text
          // reaches the store (a hostile second sendKey part is refused).
          const sent = entry.fields.includes('sendKey')
            ? [['sendKey', randomUUID()] as FormPart, ...parts]
            : parts;
          const outcome = await drive(action, sent);
          casesRun.action += 1;
          if (outcome.kind === 'redirect') return expectDraftAsText(entry.name, parts);
          const { state } = outcome;
          expect(isPlainData(state), 'the result must be plain data').toBe(true);
          expect(String(state.formError ?? '')).not.toContain('something went wrong');
          if (state.ok) return expectStoredAsText(entry.name, parts, before);
          expect(await storedCounts(), 'a refused request stored something').toBe(before);
          expect(JSON.stringify(await readDraft(token))).toBe(draftBefore);
        }),
        RUNS[entry.name] ?? 150,
      );
    },
    240_000,
  );
});

/** fc.assert, with a counterexample short enough to read (some are 20,000 characters). */
export async function checkProperty<T>(property: fc.IAsyncProperty<T>, numRuns: number) {
  const result = await fc.check(property, { numRuns, endOnFailure: true });
  if (!result.failed) return;
  const example = JSON.stringify(result.counterexample, (_k, v: unknown) =>
    typeof v === 'string' && v.length > 80
      ? `${v.slice(0, 80)}…(${v.length})`
      : v instanceof File
        ? '[File]'
        : v,
  );
  throw new Error(
    `${String(result.errorInstance)}\nseed ${result.seed}; counterexample: ${example.slice(0, 1500)}`,
  );
}

const ANSWER_KEYS = [
  'submissionKey',
  'urgent',
  'schoolQuery',
  'school',
  'schoolOther',
  'childName',
  'childAge',
  'childYear',
  'platforms',
  'platformOther',
  'accounts',
  'reportedToPlatform',
  'harms',
  'happened',
  'stillHappening',
  'childKnows',
  'description',
  'relationship',
  'contact',
  'reporterName',
  'reporterEmail',
  'reporterPhone',
  'reporterSafeTimes',
  'sent',
];

/** Free-text answers a journey page accepted are in the draft exactly as typed (cleaned, trimmed). */
const TEXT_ANSWERS: Record<string, string[]> = {
  searchSchools: ['schoolQuery'],
  saveDescription: ['description'],
  saveAboutYou: ['reporterName', 'reporterSafeTimes'],
};
async function expectDraftAsText(name: string, parts: FormPart[]) {
  const draft = (await readDraft(request.cookies.get('report_journey'))) as Record<string, unknown> | null;
  // Extra fields (partnershipId, route, isAdmin…) never reach the draft: only the journey's own answers.
  for (const key of Object.keys(draft ?? {})) expect(ANSWER_KEYS).toContain(key);
  for (const field of TEXT_ANSWERS[name] ?? []) {
    const sent = parts.filter(([key]) => key === field);
    if (sent.length === 1) expect(draft?.[field]).toBe(cleanText(sent[0]?.[1] as string));
  }
}

/** A follow-up message or added information is stored exactly as the text sent (trimmed), never interpreted. */
async function expectStoredAsText(name: string, parts: FormPart[], before: string) {
  if (name === 'askForReview') return expectReviewAsText(parts, before);
  const field = name === 'sendReporterMessage' ? 'message' : 'information';
  const sent = parts.filter(([key]) => key === field);
  expect(sent).toHaveLength(1);
  const text = cleanText(sent[0]?.[1] as string);
  const counts = (json: string) => JSON.parse(json) as { m: number; e: number };
  const [was, now] = [counts(before), counts(await storedCounts())];
  if (field === 'message') {
    expect(now.m).toBe(was.m + 1);
    // Bodies are encrypted at rest (random IV), so compare what the app reads back, not the column.
    const bodies = await getDb().message.findMany({ where: { concernId }, select: { body: true } });
    expect(bodies.map((m) => m.body)).toContain(text);
  } else {
    const latest = await getDb().concernEvent.findFirst({ where: { concernId }, orderBy: { id: 'desc' } });
    expect(latest).toMatchObject({ kind: 'REPORTER_ADDED_INFORMATION', summary: text });
  }
}

/** A review's reason, which may be left out, is stored as the text sent; one open review, so only once. */
async function expectReviewAsText(parts: FormPart[], before: string) {
  const sent = parts.filter(([key]) => key === 'reason');
  expect(sent.length).toBeLessThanOrEqual(1);
  const counts = (json: string) => JSON.parse(json) as { r: number };
  expect(counts(await storedCounts()).r).toBe(counts(before).r + 1);
  const review = await getDb().reviewRequest.findFirstOrThrow({ where: { concernId, status: 'OPEN' } });
  // Nothing a reader can see (only zero-width or format characters) is no reason, as the form's freeText has it.
  const text = sent.length === 1 ? cleanText(sent[0]?.[1] as string) : '';
  expect(review.reason).toBe(hasVisibleText(text) ? text : null);
}

/** What a form's text becomes: characters Postgres cannot hold removed, then trimmed (lib/actions/form-data.ts). */
function cleanText(value: string): string {
  return value.replaceAll('\u0000', '').toWellFormed().trim();
}
