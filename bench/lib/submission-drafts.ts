// Finished journeys, made in advance: one ReportDraft row per virtual parent, with every answer given (as
// the question pages would have written them), and the cookie token that opens it. Each submission then
// needs only the final POST of the check-answers page.
import { createHash, randomBytes } from 'node:crypto';
import pg from 'pg';
import { encryptText, fieldAad, unwrapDataKey } from '../../lib/encryption/cipher';
import { BENCH_MASTER_KEY } from './bench-app';

export interface DemoChoices {
  partnershipId: string;
  schoolId: string;
  platformId: string;
  harmId: string;
}

export async function demoChoices(client: pg.Client | pg.Pool): Promise<DemoChoices> {
  const { rows } = await client.query<DemoChoices>(
    `SELECT s."partnershipId", s.id AS "schoolId",
       (SELECT id FROM "Platform" WHERE NOT "isOther" AND "closedOn" IS NULL ORDER BY "sortOrder" LIMIT 1) AS "platformId",
       (SELECT id FROM "HarmCategory" WHERE active ORDER BY "sortOrder" LIMIT 1) AS "harmId"
     FROM "School" s WHERE s.name = 'Oakfield Primary School'`,
  );
  if (!rows[0]) throw new Error('The demo data is missing.');
  return rows[0];
}

export function answersFor(world: DemoChoices): Record<string, unknown> {
  return {
    urgent: false,
    school: world.schoolId,
    childAge: 9,
    platforms: [world.platformId],
    harms: [world.harmId],
    happened: 'THIS_WEEK',
    stillHappening: 'NOT_SURE',
    childKnows: 'YES',
    description: 'Someone asked my child for a photo. '.repeat(10).trim(),
    relationship: 'PARENT_OR_CARER',
    contact: 'ANONYMOUS',
  };
}

export const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** `count` finished journeys; returns their cookie tokens. */
export async function prepareDrafts(
  databaseUrl: string,
  count: number,
  { sealed = true }: { sealed?: boolean } = {},
): Promise<string[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const answers = answersFor(await demoChoices(client));
    const tokens = Array.from({ length: count }, () => randomBytes(32).toString('base64url'));
    for (let i = 0; i < tokens.length; i += 5000) {
      const batch = tokens.slice(i, i + 5000);
      await client.query(
        `INSERT INTO "ReportDraft" ("tokenHash", answers, "expiresAt", "updatedAt")
         SELECT h, $2::jsonb || jsonb_build_object('submissionKey', k), now() + interval '4 hours', now()
         FROM unnest($1::text[], $3::text[]) AS t(h, k)`,
        [
          batch.map(tokenHash),
          JSON.stringify(answers),
          batch.map(() => randomBytes(24).toString('base64url')),
        ],
      );
    }
    // The app keeps drafts encrypted at rest (lib/encryption) and refuses plain ones; the bare baseline
    // server reads them plain.
    if (sealed) await sealDrafts(client, tokens.map(tokenHash));
    return tokens;
  } finally {
    await client.end();
  }
}

/** Encrypts the drafts' answers as the app would, under its current ReportDraft data key. */
async function sealDrafts(client: pg.Client, hashes: string[]): Promise<void> {
  const { rows } = await client.query<{ id: string; wrappedKey: string }>(
    `SELECT id, "wrappedKey" FROM "DataKey" WHERE purpose = 'ReportDraft' AND "masterKeyId" = $1
     ORDER BY generation DESC LIMIT 1`,
    [BENCH_MASTER_KEY.id],
  );
  const dataKey = rows[0];
  if (!dataKey) throw new Error('The app has not made its data keys yet (start it before preparing drafts).');
  const key = unwrapDataKey(BENCH_MASTER_KEY.key, dataKey.id, dataKey.wrappedKey);
  for (let i = 0; i < hashes.length; i += 2000) {
    const batch = hashes.slice(i, i + 2000);
    const plain = await client.query<{ tokenHash: string; answers: unknown }>(
      'SELECT "tokenHash", answers FROM "ReportDraft" WHERE "tokenHash" = ANY($1)',
      [batch],
    );
    const aad = (hash: string) => fieldAad(dataKey.id, 'ReportDraft', 'answers', hash);
    await client.query(
      `UPDATE "ReportDraft" AS d SET answers = to_jsonb(v.sealed)
       FROM unnest($1::text[], $2::text[]) AS v(h, sealed) WHERE d."tokenHash" = v.h`,
      [
        plain.rows.map((r) => r.tokenHash),
        plain.rows.map((r) => encryptText(key, dataKey.id, aad(r.tokenHash), JSON.stringify(r.answers))),
      ],
    );
  }
}
