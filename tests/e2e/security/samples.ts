// Real ids from the demo data for the matrix's dynamic segments ([reference], [id], …): school A's case,
// school B's case, the reporter's own case, and one of each record the administration pages show. Cases A
// and B get a unique marker in their description: it must never reach anyone outside their school's team.
import { randomUUID } from 'node:crypto';
import { caseOfSchool, MILLBROOK, OAKFIELD, query } from '../case-data';
import { decryptColumn, encryptColumnLike } from '../e2e-crypto';

export interface Samples {
  caseA: { id: string; reference: string };
  caseB: { id: string; reference: string };
  /** The reporter's own concern (school A, but not case A). */
  caseC: { id: string; reference: string };
  markerA: string;
  markerB: string;
  platformSlug: string;
  platformId: string;
  harmCategoryId: string;
  schoolId: string;
  staffId: string;
  /** A published alert (its letter is public) and a draft one (found by nobody). */
  alertId: string;
  draftAlertId: string;
  /** Ids that exist nowhere: a school import, invitation and reset tokens. */
  unknownId: string;
}

async function first(sql: string, otherwise: string = randomUUID()): Promise<string> {
  const [row] = await query<{ id: string }>(sql);
  return row?.id ?? otherwise;
}

async function newAlert(published: boolean): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO "PlatformAlert" (id, "partnershipId", title, "whatToKnow", "whatToDo", "publishedFrom", "updatedAt")
     SELECT gen_random_uuid(), id, 'Matrix alert', 'Something to know.', 'Something to do.',
            CASE WHEN $1 THEN now() - interval '1 day' END, now()
     FROM "Partnership" LIMIT 1 RETURNING id`,
    [published],
  );
  return row?.id ?? randomUUID();
}

/** The ids, read only: for tests that run beside others and must change nothing. */
export async function readSamples(): Promise<Samples> {
  // Cases far down each school's list, so the other end-to-end tests (which take the first few) never
  // touch them.
  const [platform] = await query<{ id: string; slug: string }>(
    `SELECT id, slug FROM "Platform" WHERE NOT "isOther" ORDER BY name LIMIT 1`,
  );
  const run = randomUUID().slice(0, 8);
  const unknownId = randomUUID();
  return {
    caseA: await caseOfSchool(OAKFIELD, 12),
    caseB: await caseOfSchool(MILLBROOK, 12),
    caseC: await caseOfSchool(OAKFIELD, 13),
    markerA: `MATRIXMARKERA${run}`,
    markerB: `MATRIXMARKERB${run}`,
    platformSlug: platform?.slug ?? 'none',
    platformId: platform?.id ?? randomUUID(),
    harmCategoryId: await first('SELECT id FROM "HarmCategory" ORDER BY name LIMIT 1'),
    schoolId: await first(`SELECT id FROM "School" WHERE urn = ${OAKFIELD}`),
    staffId: await first(`SELECT id FROM "StaffUser" WHERE email = 'dsl.oakfield@northshire.example'`),
    alertId: await first(
      `SELECT id FROM "PlatformAlert" WHERE "publishedFrom" < now() AND "publishedUntil" IS NULL LIMIT 1`,
      unknownId,
    ),
    draftAlertId: await first(
      'SELECT id FROM "PlatformAlert" WHERE "publishedFrom" IS NULL LIMIT 1',
      unknownId,
    ),
    unknownId,
  };
}

/** The ids, with the markers written into cases A and B and an alert of each kind made for the matrix. */
export async function prepareSamples(): Promise<Samples> {
  const samples = await readSamples();
  for (const [id, marker] of [
    [samples.caseA.id, samples.markerA],
    [samples.caseB.id, samples.markerB],
  ] as const) {
    // Case content is encrypted at rest (lib/encryption): append the marker the way the app would write it.
    const [row] = await query<{ description: string }>('SELECT description FROM "Concern" WHERE id = $1', [
      id,
    ]);
    const plain = await decryptColumn('Concern', 'description', id, row!.description);
    const sealed = await encryptColumnLike(
      'Concern',
      'description',
      id,
      row!.description,
      `${plain.slice(0, 4000)} ${marker}`,
    );
    await query('UPDATE "Concern" SET description = $2 WHERE id = $1', [id, sealed]);
  }
  return { ...samples, alertId: await newAlert(true), draftAlertId: await newAlert(false) };
}
