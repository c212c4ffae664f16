import 'server-only';
import type { Db, Tx } from '@/lib/db';
import { SQL_CIPHERTEXT } from './cipher';
import { ENCRYPTED_MODELS, ownerSql, type EncryptedModel } from './encrypted-fields';
import { HASH_PREFIX, type KeyProvider } from './keyring';

/**
 * The data migration: encrypts every protected value still in plain text (rows written before issue 7's
 * encryption, or by SQL). Idempotent and safe to run from several processes at once (rows are locked and
 * skipped); run at every start-up (scripts/lib/database.ts) and by `npm run data:encrypt`.
 * Each table is walked once in primary-key order, a batch at a time (each batch starts after the last key
 * of the one before), so the work grows with the table, not with its square.
 * Returns how many rows of each table it changed.
 */
export async function encryptExistingRows(
  db: Db,
  { batch = 1000 }: { batch?: number } = {},
): Promise<Record<string, number>> {
  const keys = await db.$encryptionKeys();
  const changed: Record<string, number> = {};
  for (const model of ENCRYPTED_MODELS) {
    let after: string | null = null;
    for (;;) {
      const done: { count: number; last: string | null } = await db.$transaction(
        (tx) => encryptBatch(tx, (owners) => db.$encryptionKeys(owners), model, after, batch),
        { timeout: 120_000 },
      );
      if (done.count) changed[model.table] = (changed[model.table] ?? 0) + done.count;
      if (done.count < batch || done.last === null) break;
      after = done.last;
    }
  }
  const hashed = await hashPlainFlagKeys(db, keys);
  if (hashed) changed['TrendFlag.subjectKey'] = hashed;
  return changed;
}

/** Early warnings raised while a typed platform name was their key: the name replaced by its keyed hash. */
async function hashPlainFlagKeys(db: Db, keys: KeyProvider): Promise<number> {
  const plain = await db.$queryRaw<{ id: string; subjectKey: string }[]>`
    SELECT id::text, "subjectKey" FROM "TrendFlag"
    WHERE kind = 'NEW_PLATFORM_NAME' AND "subjectKey" NOT LIKE ${`${HASH_PREFIX}%`}`;
  if (!plain.length) return 0;
  return db.$executeRaw`
    UPDATE "TrendFlag" AS t SET "subjectKey" = v.key
    FROM unnest(${plain.map((r) => r.id)}::uuid[], ${plain.map((r) => keys.hash('TrendFlag.subjectKey', r.subjectKey))}::text[]) AS v(id, key)
    WHERE t.id = v.id`;
}

const q = (name: string) => `"${name}"`;

function isPlain(column: string, json: boolean): string {
  return json
    ? `(${q(column)} IS NOT NULL AND NOT (jsonb_typeof(${q(column)}) = 'string' AND ${q(column)} #>> '{}' ${SQL_CIPHERTEXT}))`
    : `(${q(column)} IS NOT NULL AND ${q(column)} <> '' AND NOT ${q(column)} ${SQL_CIPHERTEXT})`;
}

function encryptedColumns(model: EncryptedModel): string[] {
  return [...model.text, ...model.json, ...(model.conditional?.columns ?? [])];
}

function plainColumn(model: EncryptedModel, column: string): string {
  return model.conditional?.columns.includes(column)
    ? `(${isPlain(column, false)} AND ${model.conditional.sql})`
    : isPlain(column, model.json.includes(column));
}

/**
 * A row of this table holding any protected value in plain text. Each table has a partial index with
 * exactly this condition (schema.prisma, "plain_text"), so once everything is sealed the look at start-up
 * finds an empty index instead of reading every row; a row written in plain text later enters the index
 * and is found. Change the two together (tests/integration/encryption/plain-text-check.test.ts).
 */
export function plainTextWhere(model: EncryptedModel): string {
  return `(${encryptedColumns(model)
    .map((c) => plainColumn(model, c))
    .join(' OR ')})`;
}

async function encryptBatch(
  tx: Tx,
  keysFor: (partnershipIds: (string | null)[]) => Promise<KeyProvider>,
  model: EncryptedModel,
  after: string | null,
  batch: number,
): Promise<{ count: number; last: string | null }> {
  const columns = encryptedColumns(model);
  const json = (c: string) => model.json.includes(c);
  const [pk, pkType] = model.primaryKey;
  const rows = await tx.$queryRawUnsafe<Record<string, string | boolean | null>[]>(
    `SELECT ${q(pk)}::text AS pk, ${q(model.rowKey)}::text AS rk, ${ownerSql(model)} AS own,
       ${columns.map((c, i) => `${q(c)}::text AS v${i}, ${plainColumn(model, c)} AS p${i}`).join(', ')}
     FROM ${q(model.table)} AS t
     WHERE ${after === null ? '' : `${q(pk)} > $1::${pkType} AND `}${plainTextWhere(model)}
     ORDER BY ${q(pk)} LIMIT ${Math.trunc(batch)} FOR UPDATE SKIP LOCKED`,
    ...(after === null ? [] : [after]),
  );
  if (!rows.length) return { count: 0, last: null };
  const owner = (row: (typeof rows)[number]) => (row.own ?? null) as string | null;
  const keys = await keysFor(rows.map(owner));
  const values = columns.map((column, i) =>
    rows.map((row) => {
      if (row[`p${i}`] !== true) return null;
      const sealed = keys.encrypt(model.table, column, String(row.rk), String(row[`v${i}`]), owner(row));
      return json(column) ? JSON.stringify(sealed) : sealed;
    }),
  );
  await writeSealed(
    tx,
    model,
    columns,
    rows.map((row) => String(row.pk)),
    values,
  );
  return { count: rows.length, last: String(rows.at(-1)!.pk) };
}

/**
 * Writes new ciphertext (null: leave the value alone) to the rows named by primary key, in one statement.
 * Only a column that holds a value is written: a ConcernPlatform is walked by its concern, and of a
 * concern's platform rows only the "something else" one has a name.
 */
export async function writeSealed(
  tx: Tx,
  model: EncryptedModel,
  columns: string[],
  keys: string[],
  values: (string | null)[][],
): Promise<void> {
  const [pk, pkType] = model.primaryKey;
  const params = columns.map((_, i) => `$${i + 2}::text[]`).join(', ');
  const sets = columns
    .map((c, i) => {
      const value = `v.c${i}${model.json.includes(c) ? '::jsonb' : ''}`;
      return `${q(c)} = CASE WHEN v.c${i} IS NOT NULL AND t.${q(c)} IS NOT NULL THEN ${value} ELSE t.${q(c)} END`;
    })
    .join(', ');
  await tx.$executeRawUnsafe(
    `UPDATE ${q(model.table)} AS t SET ${sets}
     FROM unnest($1::text[], ${params}) AS v(pk, ${columns.map((_, i) => `c${i}`).join(', ')})
     WHERE t.${q(pk)} = v.pk::${pkType}`,
    keys,
    ...values,
  );
}
