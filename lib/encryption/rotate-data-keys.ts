import 'server-only';
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { SQL_CIPHERTEXT, wrapDataKey } from './cipher';
import { ENCRYPTED_MODELS, type EncryptedModel } from './encrypted-fields';
import { KEYRING_REFRESH_MS, loadKeyring, newDataKeyId, partnershipKeys } from './keyring';
import { encryptedColumnsOf, resealRows } from './reseal-rows';

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
 * Data key rotation (`npm run keys:rotate-data`): each partnership's key of each table, and each
 * service-wide key still in use, gets a new generation, then every protected value is re-encrypted under
 * the current key of its row's partnership (or the service's), a keyset batch at a time, each batch one
 * transaction holding its rows' locks (reseal-rows.ts). Rows sealed under the per-table keys shared before
 * issue 16 move to their partnership's key this way. Resumable: an owner that still has an older key is
 * carried on with, not given another, and rows already under the current key are skipped. Once no row of a
 * table names an older key, that key is deleted (what it sealed, in old backups or dead tuples, can then no
 * longer be read with this database's keys). Audited. Running processes load new keys within
 * KEYRING_REFRESH_MS, so rows move only after `settleMs`.
 */
export async function rotateDataKeys(
  db: Db,
  options: { batch?: number; stopAfterBatches?: number; settleMs?: number } = {},
): Promise<DataKeyRotationReport> {
  const { batch = 500, stopAfterBatches = Infinity, settleMs = 2 * KEYRING_REFRESH_MS } = options;
  // Every partnership's keys exist first, so its rows under the shared keys have somewhere to go.
  const partnerships = await db.partnership.findMany({ select: { id: true } });
  await db.$encryptionKeys(partnerships.map((p) => p.id));
  if ((await startRotation(db)) && settleMs > 0) await new Promise((r) => setTimeout(r, settleMs));
  const keys = await loadKeyring(getEnv().DATABASE_URL);
  keys.learn(
    await partnershipKeys(
      getEnv().DATABASE_URL,
      partnerships.map((p) => p.id),
    ),
  );
  const report: DataKeyRotationReport = { finished: false, tables: {} };
  let batches = 0;
  for (const model of ENCRYPTED_MODELS) {
    const [pk, pkType] = model.primaryKey;
    let after: string | null = null;
    let rows = 0;
    for (;;) {
      if (batches >= stopAfterBatches) return report;
      const from = after;
      const done: { count: number; last: string | null } = await db.$transaction(
        async (tx) => {
          await tx.$executeRawUnsafe(LOCK);
          return resealRows(tx, keys, model, {
            where: `$3::${pkType} IS NULL OR t.${q(pk)} > $3::${pkType}`,
            values: [from],
            limit: batch,
          });
        },
        { timeout: 120_000 },
      );
      batches++;
      rows += done.count;
      if (done.count < batch || done.last === null) break;
      after = done.last;
    }
    report.tables[model.table] = { rows, retired: await retireOldKeys(db, model, rows) };
  }
  report.finished = true;
  return report;
}

/** A newer generation for each live key that has only one; returns whether any was made (a run not
 * resumed). The per-table keys of partnership-owned tables get none: they are retired. */
async function startRotation(db: Db): Promise<boolean> {
  const [master] = getEnv().DATA_ENCRYPTION_KEYS;
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(LOCK);
    const existing = await tx.dataKey.findMany({
      where: { purpose: { in: ENCRYPTED_MODELS.map((m) => m.table) } },
      select: { id: true, purpose: true, partnershipId: true, generation: true },
    });
    const slots = new Map<string, typeof existing>();
    for (const key of existing) {
      const slot = `${key.partnershipId ?? ''}|${key.purpose}`;
      slots.set(slot, [...(slots.get(slot) ?? []), key]);
    }
    const made: { id: string; purpose: string; partnershipId: string | null }[] = [];
    for (const mine of slots.values()) {
      const [{ purpose, partnershipId, generation }] = mine as [(typeof mine)[number]];
      if (mine.length !== 1 || legacy(purpose, partnershipId)) continue; // mid-rotation: carry on
      const id = newDataKeyId(purpose);
      await tx.dataKey.create({
        data: {
          id,
          purpose,
          partnershipId,
          generation: generation + 1,
          masterKeyId: master!.id,
          wrappedKey: wrapDataKey(master!.key, master!.id, id, randomBytes(32)),
        },
      });
      made.push({ id, purpose, partnershipId });
    }
    for (const key of made) {
      await recordAudit(tx, {
        actorId: null,
        action: 'encryption.data-key.rotate',
        subject: 'DataKey',
        subjectId: key.id,
        partnershipId: null,
        detail: { table: key.purpose, partnershipId: key.partnershipId },
      });
    }
    return made.length > 0;
  });
}

/** A service-wide key of a table whose rows are all some partnership's: the shared key before issue 16. */
function legacy(purpose: string, partnershipId: string | null): boolean {
  const owner = ENCRYPTED_MODELS.find((m) => m.table === purpose)?.owner;
  return partnershipId === null && (owner === 'partnership' || owner === 'concern');
}

/** Deletes a table's older keys (a newer generation of the same owner exists, or a shared per-table key)
 * once no row names them (rows written meanwhile by a process still on an old key keep it until the next
 * run). Keys made since the walk began are never older: a new partnership's first keys stay. */
async function retireOldKeys(db: Db, model: EncryptedModel, rows: number): Promise<string[]> {
  const columns = encryptedColumnsOf(model);
  return db.$transaction(async (tx) => {
    await tx.$executeRawUnsafe(LOCK);
    const old = (
      await tx.$queryRaw<{ id: string; partnershipId: string | null }[]>`
        SELECT id, "partnershipId"::text AS "partnershipId" FROM "DataKey" k WHERE purpose = ${model.table}
          AND EXISTS (SELECT 1 FROM "DataKey" n WHERE n.purpose = k.purpose
            AND n."partnershipId" IS NOT DISTINCT FROM k."partnershipId" AND n.generation > k.generation)`
    ).concat(
      legacy(model.table, null)
        ? await tx.$queryRaw<{ id: string; partnershipId: null }[]>`
            SELECT id, NULL AS "partnershipId" FROM "DataKey" WHERE purpose = ${model.table} AND "partnershipId" IS NULL`
        : [],
    );
    if (!old.length) return [];
    const ids = old.map((k) => k.id);
    const [still] = await tx.$queryRawUnsafe<{ used: boolean }[]>(
      `SELECT EXISTS (SELECT 1 FROM ${q(model.table)} AS t
         WHERE ${columns.map((c) => namesKey(model, c)).join(' OR ')}) AS used`,
      ids,
    );
    if (still?.used) return [];
    await tx.dataKey.deleteMany({ where: { id: { in: ids } } });
    for (const key of old) {
      await recordAudit(tx, {
        actorId: null,
        action: 'encryption.data-key.retire',
        subject: 'DataKey',
        subjectId: key.id,
        partnershipId: null,
        detail: { table: model.table, partnershipId: key.partnershipId, rowsReencrypted: rows },
      });
    }
    return ids;
  });
}

/** SQL: the column holds ciphertext naming one of the keys in $1. */
function namesKey(model: EncryptedModel, column: string): string {
  const json = model.json.includes(column);
  const text = json ? `(t.${q(column)} #>> '{}')` : `t.${q(column)}`;
  const isString = json ? `jsonb_typeof(t.${q(column)}) = 'string' AND ` : '';
  return `(${isString}${text} ${SQL_CIPHERTEXT} AND split_part(${text}, ':', 3) = ANY($1::text[]))`;
}
