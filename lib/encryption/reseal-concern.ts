import 'server-only';
import { getDb, type Tx } from '@/lib/db';
import { EncryptionError } from './cipher';
import { ENCRYPTED_MODELS } from './encrypted-fields';
import { Keyring } from './keyring';
import { encryptedColumnsOf, resealRows, underOtherKey } from './reseal-rows';

/** The concern's table and every table whose rows hang off a concern. */
const CONCERN_TABLES = ENCRYPTED_MODELS.filter((m) => m.table === 'Concern' || m.ofConcern);
const concernOf = (table: string) => (table === 'Concern' ? 't.id' : 't."concernId"');

/**
 * A concern that moves to another partnership (passed on, or its file accepted by a school there) takes its
 * protected values with it: the concern's and those of every row hanging off it are sealed again under the
 * new partnership's keys, in the move's own transaction, so the case still reads in full once the first
 * partnership has left and its keys are destroyed. One statement finds the tables holding anything to move;
 * each of those is then read (locked) and written once. Returns how many rows were re-sealed.
 */
export async function resealConcern(tx: Tx, concernId: string, partnershipId: string): Promise<number> {
  const keys = await getDb().$encryptionKeys([partnershipId]);
  if (!(keys instanceof Keyring)) throw new EncryptionError('Re-sealing needs the data keys.');
  const probes = CONCERN_TABLES.map(
    (model, i) =>
      `EXISTS (SELECT 1 FROM "${model.table}" AS t WHERE ${concernOf(model.table)} = $1::uuid
         AND (${encryptedColumnsOf(model)
           .map((c) => underOtherKey(model, c, `$${i + 2}::text`))
           .join(' OR ')})) AS t${i}`,
  );
  const [held] = await tx.$queryRawUnsafe<Record<string, boolean>[]>(
    `SELECT ${probes.join(', ')}`,
    concernId,
    ...CONCERN_TABLES.map((model) => keys.currentKeyId(model.table, partnershipId)),
  );
  let count = 0;
  for (const [i, model] of CONCERN_TABLES.entries()) {
    if (!held?.[`t${i}`]) continue;
    const where = `${concernOf(model.table)} = $3::uuid`;
    count += (await resealRows(tx, keys, model, { where, values: [concernId], partnershipId })).count;
  }
  return count;
}
