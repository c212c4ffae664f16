import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Db } from '@/lib/db';
import { getEnv } from '@/lib/env';
import { EncryptionError, unwrapDataKey, wrapDataKey } from './cipher';

export interface RewrapReport {
  /** Data keys now wrapped by the current master key that were not before. */
  rewrapped: number;
  total: number;
  currentMasterKeyId: string;
}

/**
 * Master key rotation: every data key still wrapped by an older master key is unwrapped with it and
 * wrapped again with the current one (the first in DATA_ENCRYPTION_KEYS), in one transaction with an
 * audit entry. Encrypted rows are untouched: their data keys do not change. Afterwards the older master
 * keys can be removed from DATA_ENCRYPTION_KEYS. Idempotent.
 */
export async function rewrapDataKeys(db: Db): Promise<RewrapReport> {
  const [current, ...older] = getEnv().DATA_ENCRYPTION_KEYS;
  const masters = new Map([current!, ...older].map((k) => [k.id, k.key]));
  await db.$encryptionKeys(); // makes any data key a fresh database lacks, so every one is covered
  return db.$transaction(async (tx) => {
    const rows = await tx.$queryRaw<{ id: string; masterKeyId: string; wrappedKey: string }[]>`
      SELECT id, "masterKeyId", "wrappedKey" FROM "DataKey" ORDER BY id FOR UPDATE`;
    const stale = rows.filter((row) => row.masterKeyId !== current!.id);
    for (const row of stale) {
      const old = masters.get(row.masterKeyId);
      if (!old) {
        throw new EncryptionError(
          `Data key ${row.id} is wrapped by master key "${row.masterKeyId}": add it to DATA_ENCRYPTION_KEYS after the new key, then rotate again.`,
        );
      }
      const wrappedKey = wrapDataKey(
        current!.key,
        current!.id,
        row.id,
        unwrapDataKey(old, row.id, row.wrappedKey),
      );
      await tx.dataKey.update({
        where: { id: row.id },
        data: { wrappedKey, masterKeyId: current!.id, rewrappedAt: new Date() },
      });
    }
    if (stale.length) {
      await recordAudit(tx, {
        actorId: null,
        action: 'encryption.master-key.rotate',
        subject: 'DataKey',
        detail: {
          to: current!.id,
          from: [...new Set(stale.map((r) => r.masterKeyId))],
          dataKeys: stale.map((r) => r.id),
        },
      });
    }
    return { rewrapped: stale.length, total: rows.length, currentMasterKeyId: current!.id };
  });
}
