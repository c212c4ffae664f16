// The access-control matrix (issue 8): every page, route handler and server action found on disk, against
// every person, by link and by direct POST, with a forged session, a signed-out session replayed, no
// session, and a POST from another site. It checks the answer, the security headers, that no case content
// reaches anyone outside the case's team, and that nothing is written. The matrix is printed and attached.
import { writeFileSync } from 'node:fs';
import type { APIResponse, BrowserContext } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { query, traces } from '../case-data';
import { appEntries, type AppEntry } from './app-entries';
import { COLUMNS, EXPECTATIONS, type Row } from './expectations';
import { matrixTable, type Cell } from './matrix-table';
import {
  follow,
  headerProblems,
  outcomeOf,
  postAction,
  postRoute,
  referrerProblems,
  scriptNonceProblems,
} from './probe';
import {
  columnOf,
  contextFor,
  forgedContext,
  giveReporterReceipt,
  PEOPLE,
  staleContext,
  type Person,
} from './roles';
import { keyRowCounts, refusedLookUps } from './row-counts';
import { pathOf } from './paths';
import { prepareSamples, readSamples, type Samples } from './samples';

test.describe.configure({ mode: 'serial' });

const WHO = [...PEOPLE, 'forged', 'stale', 'cross-site'] as const;
type Who = (typeof WHO)[number];

test('every page, route handler and server action has a row in the access matrix', () => {
  const entries = appEntries();
  const keys = entries.map((e) => e.key);
  expect(
    keys.filter((k) => !EXPECTATIONS[k]),
    'entries with no row in expectations.ts',
  ).toEqual([]);
  expect(
    Object.keys(EXPECTATIONS).filter((k) => !keys.includes(k)),
    'rows for nothing',
  ).toEqual([]);
  const unbuilt = entries.filter((e) => e.kind === 'action' && !e.actionId).map((e) => e.key);
  expect(unbuilt, 'server actions the production build does not contain').toEqual([]);
  expect(entries.filter((e) => e.kind === 'page').length).toBeGreaterThan(60);
  expect(entries.filter((e) => e.kind === 'action').length).toBeGreaterThan(40);
});

function expectedFor(row: Row, who: Who): string {
  if (who === 'forged' || who === 'stale') return row.expect[0];
  if (who === 'cross-site') return row.crossSite ?? '403';
  return row.expect[COLUMNS.indexOf(columnOf(who))] ?? '?';
}

/** Oakfield's team (school A): its DSL and deputy, signed in either way. */
const schoolA = (who: Who) =>
  (PEOPLE as readonly string[]).includes(who) && ['dslA', 'deputyA'].includes(columnOf(who as Person));
const SCHOOL_A = PEOPLE.filter((who) => schoolA(who));

/** Case A's content is for Oakfield's team, case B's for Millbrook's: nobody else may see a marker. */
function leaks(text: string, who: Who, s: Samples): string[] {
  const out: string[] = [];
  if (text.includes(s.markerA) && !schoolA(who)) out.push('case A content shown');
  if (text.includes(s.markerB) && who !== 'dslB') out.push('case B content shown');
  return out;
}

const html = (response: APIResponse) => (response.headers()['content-type'] ?? '').includes('text/html');

/** Markers seen by the people allowed to see them: proof that the leak check can fail. */
const markersSeen = new Set<string>();

async function judge(probe: string, who: Who, row: Row, response: APIResponse, s: Samples) {
  const expected = expectedFor(row, who);
  const got = outcomeOf(response);
  const text = await response.text();
  if (text.includes(s.markerA)) markersSeen.add(`${who} A`);
  if (text.includes(s.markerB)) markersSeen.add(`${who} B`);
  const problems = [
    ...(got === expected ? [] : [`got ${got}`]),
    ...(got === 'ok' && row.okSays && !text.includes(row.okSays) ? [`no "${row.okSays}"`] : []),
    ...headerProblems(response),
    ...(await scriptNonceProblems(response)),
    ...(got === 'ok' && html(response) ? referrerProblems(text) : []),
    ...leaks(text, who, s),
  ];
  return { probe, who, expected, got, problems } satisfies Cell;
}

/** The person who may use an entry (for the cross-site POST): the first column that is not refused. */
function mayUse(row: Row): Who {
  const index = row.expect.findIndex((o) => o === 'ok' || (o.startsWith('→') && o !== '→ /check'));
  return COLUMNS[index] ?? 'anonymous';
}

test('the access matrix: every entry, every person, by link and by direct POST; zero leaks', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(20 * 60_000);
  const base = baseURL as string;
  const s = await prepareSamples();
  await giveReporterReceipt(s.caseC.id);
  // The replayed session is signed out first: signing out ends every session of that account.
  const people = new Map<Who, BrowserContext>([
    ['stale', await staleContext(browser, base)],
    ['forged', await forgedContext(browser, base)],
  ]);
  for (const role of PEOPLE) people.set(role, await contextFor(browser, role, base, s.caseC.reference));
  const entries = appEntries().sort((a, b) => a.key.localeCompare(b.key));
  const cells: Cell[] = [];
  const rowOf = (e: AppEntry) => EXPECTATIONS[e.key] as Row;

  // 1. By link. Nobody outside a case's team leaves a trace on it (an opening, an audit entry).
  const links = entries.filter((e) => e.kind === 'page' || e.key.startsWith('GET '));
  const followAll = async (group: Who[]) => {
    for (const entry of links)
      for (const who of group) {
        const response = await follow(people.get(who)!.request, pathOf(entry, rowOf(entry), s));
        cells.push(await judge(entry.key, who, rowOf(entry), response, s));
      }
  };
  const [beforeA, beforeB] = [await traces(s.caseA.id), await traces(s.caseB.id)];
  // Everyone but the two schools' teams: anonymous, the reporter, the partnership's other roles (either way
  // signed in), the operator, the second partnership, and the forged and signed-out sessions.
  await followAll([...PEOPLE.filter((who) => !schoolA(who) && who !== 'dslB'), 'forged', 'stale']);
  expect(await traces(s.caseA.id), 'case A touched by an outsider').toEqual(beforeA);
  expect(await traces(s.caseB.id), 'case B touched by an outsider').toEqual(beforeB);
  await followAll(['dslB']);
  expect(await traces(s.caseA.id), 'case A touched by school B').toEqual(beforeA);
  const afterB = await traces(s.caseB.id);
  await followAll(SCHOOL_A);
  expect(await traces(s.caseB.id), 'case B touched by school A').toEqual(afterB);
  // …and the check can fail: school A's own view of case A was recorded.
  expect((await traces(s.caseA.id)).audits).toBeGreaterThan(beforeA.audits);

  // 2. By direct POST, as each person, with a forged or replayed session, and from another site.
  const posts = entries.filter((e) => e.kind === 'action' || e.key.startsWith('POST '));
  const postAs = async (entry: AppEntry, who: Who) => {
    const row = rowOf(entry);
    const asWho = who === 'cross-site' ? mayUse(row) : who;
    const request = people.get(asWho)!.request;
    const origin = who === 'cross-site' ? 'https://elsewhere.example' : base;
    const path = pathOf(entry, row, s);
    const body = row.body?.(s) ?? {};
    const response =
      entry.kind === 'action'
        ? await postAction(request, path, entry.actionId as string, body, origin)
        : await postRoute(request, path, body, origin);
    cells.push(await judge(`POST ${entry.key.replace(/^POST /, '')}`, who, row, response, s));
  };
  const before = await keyRowCounts();
  const refusedBefore = await refusedLookUps();
  for (const entry of posts.filter((e) => !rowOf(e).endsSession))
    for (const who of WHO) await postAs(entry, who);
  expect(await keyRowCounts(), 'rows written by refused or invalid POSTs').toEqual(before);
  // …except the trace a refused look-up of another school's case leaves, which must be there.
  expect(await refusedLookUps(), 'refused case look-ups recorded').toBeGreaterThan(refusedBefore);
  for (const entry of posts.filter((e) => rowOf(e).endsSession))
    for (const who of ['cross-site', 'forged', 'stale', ...PEOPLE] as Who[]) await postAs(entry, who);

  const table = matrixTable(cells, WHO);
  console.log(`\nAccess matrix (${cells.length} requests)\n${table}\n`);
  writeFileSync('.data/test-results/access-matrix.md', `${table}\n`);
  await testInfo.attach('access-matrix.md', { body: table, contentType: 'text/markdown' });
  const failures = cells.filter((c) => c.problems.length).map((c) => `${c.probe} as ${c.who}: ${c.problems}`);
  expect(failures).toEqual([]);
  expect([...markersSeen].sort(), 'each case seen by its own team only').toEqual(
    [...SCHOOL_A.map((who) => `${who} A`), 'dslB B'].sort(),
  );
  for (const context of people.values()) await context.close();
});

test('the matrix’s direct POST reaches a real action: school A’s DSL can add a note to case A', async ({
  browser,
  baseURL,
}) => {
  const s = await readSamples();
  const context = await contextFor(browser, 'dslA', baseURL as string, s.caseC.reference);
  const [current] = await query<{ version: number }>('SELECT version FROM "Concern" WHERE id = $1', [
    s.caseA.id,
  ]);
  const entry = appEntries().find((e) => e.key.endsWith('#addNoteAction')) as AppEntry;
  const before = await traces(s.caseA.id);
  const response = await postAction(
    context.request,
    `/cases/${s.caseA.reference}`,
    entry.actionId as string,
    {
      reference: s.caseA.reference,
      version: String(current?.version),
      note: 'Posted directly by the matrix',
    },
    baseURL as string,
  );
  expect(response.status()).toBe(200);
  expect((await traces(s.caseA.id)).events).toBe(before.events + 1);
  await context.close();
});
