// Real ids from the demo data for the matrix's dynamic segments ([reference], [id], …): school A's case,
// school B's case, the reporter's own case, and one of each record the administration pages show. Cases A
// and B get a unique marker in their description: it must never reach anyone outside their school's team.
import { randomUUID } from 'node:crypto';
import { MILLBROOK, OAKFIELD, query } from '../case-data';
import { decryptColumn, encryptColumnLike, encryptForTable } from '../e2e-crypto';

export interface Samples {
  caseA: { id: string; reference: string };
  caseB: { id: string; reference: string };
  /** A child record of school A (Oakfield), the matrix's own. */
  childA: { id: string };
  /** An incident (event) whose only concern is case A. */
  incidentA: { id: string };
  /** A child protection file transfer from school A to school B, waiting for B's answer (its own case). */
  transferAB: { id: string };
  /** The reporter's own concern (school A, but not case A). */
  caseC: { id: string; reference: string };
  markerA: string;
  markerB: string;
  platformSlug: string;
  platformId: string;
  harmCategoryId: string;
  closingMessageId: string;
  /** Northshire's demo work account sign-in (off). */
  signInProviderId: string;
  schoolId: string;
  staffId: string;
  /** A published warning (its letter is public) and a draft one (found by nobody). */
  warningId: string;
  draftWarningId: string;
  /** A request to leave waiting for the operator, of a partnership that is not there (never confirmed). */
  leaveRequestId: string;
  /** Ids that exist nowhere: a school import, invitation and reset tokens. */
  unknownId: string;
}

async function first(sql: string, otherwise: string = randomUUID()): Promise<string> {
  const [row] = await query<{ id: string }>(sql);
  return row?.id ?? otherwise;
}

async function newWarning(published: boolean): Promise<string> {
  const [row] = await query<{ id: string }>(
    `INSERT INTO "PlatformWarning" (id, "partnershipId", title, "whatToKnow", "whatToDo", "publishedFrom", "updatedAt")
     SELECT gen_random_uuid(), id, 'Matrix warning', 'Something to know.', 'Something to do.',
            CASE WHEN $1 THEN now() - interval '1 day' END, now()
     FROM "Partnership" WHERE slug = 'northshire' RETURNING id`,
    [published],
  );
  return row?.id ?? randomUUID();
}

/**
 * A case of the matrix's own at a school (a fixed reference, made once whichever spec asks first): opened,
 * not escalated, so only the school's team may see it. The demo gives each school about a dozen cases,
 * which the other specs use, and the worker escalates every overdue unopened one.
 */
async function sampleCase(urn: number, reference: string): Promise<{ id: string; reference: string }> {
  const id = randomUUID();
  await query(
    `INSERT INTO "Concern" (id, reference, "receiptHash", "partnershipId", "schoolId", route, status,
       "childAge", "childYear", happened, "stillHappening", "childKnows", description, "reporterRelationship",
       "submittedAt", "firstOpenedAt", "lastActivityAt")
     SELECT $1, $2, c."receiptHash", c."partnershipId", c."schoolId", 'SCHOOL', 'OPENED', c."childAge",
       c."childYear", c.happened, c."stillHappening", c."childKnows", $3, c."reporterRelationship",
       now() - interval '2 days', now() - interval '1 day', now() - interval '1 day'
     FROM "Concern" c JOIN "School" s ON s.id = c."schoolId" WHERE s.urn = $4
     ORDER BY c."submittedAt" LIMIT 1
     ON CONFLICT (reference) DO NOTHING`,
    [
      id,
      reference,
      await encryptForTable('Concern', 'description', id, 'A case for the access matrix.', {
        schoolUrn: urn,
      }),
      urn,
    ],
  );
  const [row] = await query<{ id: string; reference: string }>(
    'SELECT id, reference FROM "Concern" WHERE reference = $1',
    [reference],
  );
  if (!row) throw new Error(`No school ${urn} to give case ${reference}`);
  return row;
}

/** A child record of the matrix's own at school A (a fixed pupil number, made once whichever spec asks first). */
async function sampleChild(urn: number): Promise<{ id: string }> {
  const [found] = await query<{ id: string }>(
    `SELECT c.id FROM "ChildRecord" c JOIN "School" s ON s.id = c."schoolId"
     WHERE s.urn = $1 AND c."nameKey" = 'matrix-child' LIMIT 1`,
    [urn],
  );
  if (found) return found;
  const id = randomUUID();
  await query(
    `INSERT INTO "ChildRecord" (id, "partnershipId", "schoolId", name, "yearGroup", "nameKey")
     SELECT $1, s."partnershipId", s.id, $2, 4, 'matrix-child' FROM "School" s WHERE s.urn = $3`,
    [id, await encryptForTable('ChildRecord', 'name', id, 'Matrix child', { schoolUrn: urn }), urn],
  );
  return { id };
}

async function sampleIncident(caseId: string): Promise<{ id: string }> {
  const [found] = await query<{ id: string | null }>(
    `SELECT "incidentId" AS id FROM "Concern" WHERE id = $1`,
    [caseId],
  );
  if (found?.id) return { id: found.id };
  const id = randomUUID();
  await query(
    `INSERT INTO "Incident" (id, "partnershipId", title)
     SELECT $1, c."partnershipId", $2 FROM "Concern" c WHERE c.id = $3`,
    [id, await encryptForTable('Incident', 'title', id, 'Matrix event', { concernId: caseId }), caseId],
  );
  await query(`UPDATE "Concern" SET "incidentId" = $1 WHERE id = $2`, [id, caseId]);
  return { id };
}

/**
 * A transfer of the matrix's own (made once whichever spec asks first): case T of school A sent to school B
 * and not yet answered, so both schools' teams see it and nobody else does. Its own case, so case A's
 * reach stays school A's alone.
 */
async function sampleTransfer(): Promise<{ id: string }> {
  const caseT = await sampleCase(OAKFIELD, 'XXXT-2222');
  const [found] = await query<{ id: string }>(
    'SELECT id FROM "FileTransfer" WHERE "concernId" = $1 LIMIT 1',
    [caseT.id],
  );
  if (found) return found;
  const [made] = await query<{ id: string }>(
    `INSERT INTO "FileTransfer" (id, "concernId", "fromPartnershipId", "fromSchoolId", "toSchoolId",
       "toPartnershipId", "childStartsOn", "sentById", "dueAt")
     SELECT $1, c.id, c."partnershipId", c."schoolId", b.id, b."partnershipId", current_date,
       (SELECT id FROM "StaffUser" WHERE email = 'dsl.oakfield@northshire.example'), now() + interval '7 days'
     FROM "Concern" c, "School" b WHERE c.id = $2 AND b.urn = $3
     ON CONFLICT DO NOTHING RETURNING id`,
    [randomUUID(), caseT.id, MILLBROOK],
  );
  return made ?? (await sampleTransfer());
}

/** The matrix's own request to leave, made once: of no real partnership, so nothing could be deleted. */
async function sampleLeaveRequest(): Promise<string> {
  const partnershipId = '00000000-0000-4000-8000-00000000a7e1';
  await query(
    `INSERT INTO "PartnershipDeletion" (id, "partnershipId", slug, name, reason, "requestedByName")
     VALUES (gen_random_uuid(), $1, 'matrix-leaving', 'Matrix partnership', 'For the access matrix.', 'Matrix')
     ON CONFLICT DO NOTHING`,
    [partnershipId],
  );
  return first(
    `SELECT id FROM "PartnershipDeletion" WHERE "partnershipId" = '${partnershipId}' AND status = 'REQUESTED'`,
  );
}

/** The ids, read only: for tests that run beside others and must change nothing. */
export async function readSamples(): Promise<Samples> {
  // Cases of the matrix's own, so the other end-to-end tests (which take demo cases) never touch them.
  const [platform] = await query<{ id: string; slug: string }>(
    `SELECT id, slug FROM "Platform" WHERE NOT "isOther" ORDER BY name LIMIT 1`,
  );
  const run = randomUUID().slice(0, 8);
  const unknownId = randomUUID();
  const caseA = await sampleCase(OAKFIELD, 'XXXA-2222');
  return {
    caseA,
    caseB: await sampleCase(MILLBROOK, 'XXXB-2222'),
    caseC: await sampleCase(OAKFIELD, 'XXXC-2222'),
    childA: await sampleChild(OAKFIELD),
    incidentA: await sampleIncident(caseA.id),
    transferAB: await sampleTransfer(),
    markerA: `MATRIXMARKERA${run}`,
    markerB: `MATRIXMARKERB${run}`,
    platformSlug: platform?.slug ?? 'none',
    platformId: platform?.id ?? randomUUID(),
    harmCategoryId: await first(
      'SELECT id FROM "HarmCategory" WHERE "partnershipId" IS NULL ORDER BY name LIMIT 1',
    ),
    closingMessageId: await first('SELECT id FROM "ClosingMessage" ORDER BY title LIMIT 1'),
    signInProviderId: await first(
      `SELECT p.id FROM "SignInProvider" p JOIN "Partnership" n ON n.id = p."partnershipId"
       WHERE n.slug = 'northshire' ORDER BY p."displayName" LIMIT 1`,
    ),
    schoolId: await first(`SELECT id FROM "School" WHERE urn = ${OAKFIELD}`),
    staffId: await first(`SELECT id FROM "StaffUser" WHERE email = 'dsl.oakfield@northshire.example'`),
    warningId: await first(
      `SELECT id FROM "PlatformWarning" WHERE "publishedFrom" < now() AND "publishedUntil" IS NULL LIMIT 1`,
      unknownId,
    ),
    draftWarningId: await first(
      'SELECT id FROM "PlatformWarning" WHERE "publishedFrom" IS NULL LIMIT 1',
      unknownId,
    ),
    leaveRequestId: await sampleLeaveRequest(),
    unknownId,
  };
}

/** The ids, with the markers written into cases A and B and a warning of each kind made for the matrix. */
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
  return { ...samples, warningId: await newWarning(true), draftWarningId: await newWarning(false) };
}
