import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Db, Tx } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { SQL_CIPHERTEXT, wrapDataKey } from './cipher';
import { bindingColumns, boundRowKey, ENCRYPTED_MODELS, type EncryptedModel } from './encrypted-fields';
import { writeSealed } from './encrypt-existing-rows';
import { KEYRING_REFRESH_MS, loadKeyring, newDataKeyId, type Keyring } from './keyring';

export interface DataKeyRotationReport {
  /** False when stopped early (`stopAfterBatches`): run again to carry on where it stopped. */
  finished: boolean;
  /** Per table: rows re-encrypted in this run, and the keys retired. */
  tables: Record<string, { rows: number; retired: string[] }>;
}

const q = (name: string) => `"${name}"`;
/** One rotation at a time; batches of a second run wait for those of the first. */
const LOCK = `SELECT pg_advisory_xact_lock(hashtext('encryption.data-key.rotate'))`;

/**
 * Data key rotation (`npm run keys:rotate-data`): each table gets a new data key, then every protected value
 * is re-encrypted under it, a keyset batch at a time, each batch one transaction holding its rows' locks.
 * Resumable: a table that still has an older key is carried on with, not given another, and rows already
 * under the new key are skipped. Once no row of a table names an older key, that key is deleted (what it
 * sealed, in old backups or dead tuples, can then no longer be read with this database's keys). Audited.
 * Running processes load new keys within KEYRING_REFRESH_MS, so rows move only after `settleMs`.
 */
export async function rotateDataKeys(
  db: Db,
  options: { batch?: number; stopAfterBatches?: number; settleMs?: number } = {},
): Promise<DataKeyRotationReport> {
  const { batch = 500, stopAfterBatches = Infinity, settleMs = 2 * KEYRING_REFRESH_MS } = options;
  await db.$encryptionKeys(); // makes any data key a fresh database lacks
  if ((await startRotation(db)) && settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
  const keys = await loadKeyring(getEnv().DATABASE_URL);
  const report: DataKeyRotationReport = { finished: false, tables: {} };
  let batches = 0;
  for (const model of ENCRYPTED_MODELS) {
    const current = keys.currentKeyId(model.table);
    let after: string | null = null;
    let rows = 0;
    for (;;) {
      if (batches >= stopAfterBatches) return report;
      const done: { count: number; last: string | null } = await db.$transaction(
        (tx) => rekeyBatch(tx, keys, model, current, after, batch),
        { timeout: 120_000 },
      );
      batches++;
      rows += done.count;
      if (done.count < batch || done.last === null) break;
      after = done.last;
    }
    report.tables[model.table] = { rows, retired: await retireOldKeys(db, model, current, rows) };
  }
  report.finished = true;
  return report;
}

/** A new key for each table that has only one; returns whether any was made (a run not resumed). */
async function startRotation(db: Db): Promise<boolean> {
  const [master] = getEnv().DATA_ENCRYPTION_KEYS;
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(LOCK);
    const existing = await tx.dataKey.findMany({
      where: { purpose: { in: ENCRYPTED_MODELS.map((m) => m.table) } },
      select: { id: true, purpose: true, generation: true },
    });
    const made: { id: string; purpose: string }[] = [];
    for (const model of ENCRYPTED_MODELS) {
      const mine = existing.filter((k) => k.purpose === model.table);
      if (mine.length !== 1) continue; // mid-rotation: carry on under the newest key
      const id = newDataKeyId(model.table);
      await tx.dataKey.create({
        data: {
          id,
          purpose: model.table,
          generation: mine[0]!.generation + 1,
          masterKeyId: master!.id,
          wrappedKey: wrapDataKey(master!.key, master!.id, id, randomBytes(32)),
        },
      });
      made.push({ id, purpose: model.table });
    }
    for (const key of made) {
      await recordAudit(tx, {
        actorId: null,
        action: 'encryption.data-key.rotate',
        subject: 'DataKey',
        subjectId: key.id,
        detail: { table: key.purpose },
      });
    }
    return made.length > 0;
  });
}

/** SQL: the value is ciphertext under a key other than `current` (for Json columns, the string's text),
 * or in an older format than the table's new ciphertext (bound to what it no longer should be). */
function underOldKey(model: EncryptedModel, column: string, current = '$2'): string {
  const text = model.json.includes(column) ? `(${q(column)} #>> '{}')` : q(column);
  const json = model.json.includes(column) ? `jsonb_typeof(${q(column)}) = 'string' AND ` : '';
  const oldFormat = model.v1RowKey ? ` OR ${text} LIKE 'enc:v1:%'` : '';
  return `(${json}${text} ${SQL_CIPHERTEXT} AND (split_part(${text}, ':', 3) <> ${current}${oldFormat}))`;
}

async function rekeyBatch(
  tx: Tx,
  keys: Keyring,
  model: EncryptedModel,
  current: string,
  after: string | null,
  batch: number,
): Promise<{ count: number; last: string | null }> {
  await tx.$executeRawUnsafe(LOCK);
  const columns = [...model.text, ...model.json, ...(model.conditional?.columns ?? [])];
  const json = (c: string) => model.json.includes(c);
  const [pk, pkType] = model.primaryKey;
  const binding = bindingColumns(model);
  const rows = await tx.$queryRawUnsafe<Record<string, string | boolean | null>[]>(
    `SELECT ${q(pk)}::text AS pk, ${binding.map((c, i) => `${q(c)}::text AS k${i}`).join(', ')},
       ${columns.map((c, i) => `${json(c) ? `${q(c)} #>> '{}'` : q(c)} AS v${i}, ${underOldKey(model, c)} AS o${i}`).join(', ')}
     FROM ${q(model.table)}
     WHERE ($1::${pkType} IS NULL OR ${q(pk)} > $1::${pkType}) AND (${columns.map((c) => underOldKey(model, c)).join(' OR ')})
     ORDER BY ${q(pk)} LIMIT ${Math.trunc(batch)} FOR UPDATE`,
    after,
    current,
  );
  if (!rows.length) return { count: 0, last: null };
  const values = columns.map((column, i) =>
    rows.map((row) => {
      if (row[`o${i}`] !== true) return null;
      const value = String(row[`v${i}`]);
      const bound = Object.fromEntries(binding.map((c, k) => [c, row[`k${k}`]]));
      const plain = keys.decrypt(model.table, column, boundRowKey(model, bound, value), value);
      const sealed = keys.encrypt(model.table, column, String(bound[model.rowKey]), plain);
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

/** Deletes a table's older keys once no row names them (rows written meanwhile by a process still on the
 * old key keep it until the next run). */
async function retireOldKeys(
  db: Db,
  model: EncryptedModel,
  current: string,
  rows: number,
): Promise<string[]> {
  const columns = [...model.text, ...model.json, ...(model.conditional?.columns ?? [])];
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(LOCK);
    const old = await tx.dataKey.findMany({ where: { purpose: model.table, id: { not: current } } });
    if (!old.length) return [];
    const [still] = await tx.$queryRawUnsafe<{ used: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM ${q(model.table)}
         WHERE ${columns.map((c) => underOldKey(model, c, '$1')).join(' OR ')}) AS used`,
      current,
    );
    if (still?.used) return [];
    await tx.dataKey.deleteMany({ where: { id: { in: old.map((k) => k.id) } } });
    for (const key of old) {
      await recordAudit(tx, {
        actorId: null,
        action: 'encryption.data-key.retire',
        subject: 'DataKey',
        subjectId: key.id,
        detail: { table: model.table, replacedBy: current, rowsReencrypted: rows },
      });
    }
    return old.map((k) => k.id);
  });
}
