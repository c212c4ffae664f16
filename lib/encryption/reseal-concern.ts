import 'server-only';
import { getDb, type Tx } from '@/lib/db';
import { EncryptionError } from './cipher';
import { ENCRYPTED_MODELS } from './encrypted-fields';
import { Keyring } from './keyring';
import { resealRows } from './reseal-rows';

/**
 * A concern that moves to another partnership (passed on, or its file accepted by a school there) takes its
 * protected values with it: the concern's and those of every row hanging off it are sealed again under the
 * new partnership's keys, in the move's own transaction, so the case still reads in full once the first
 * partnership has left and its keys are destroyed. Returns how many rows were re-sealed.
 */
export async function resealConcern(tx: Tx, concernId: string, partnershipId: string): Promise<number> {
  const keys = await getDb().$encryptionKeys([partnershipId]);
  if (!(keys instanceof Keyring)) throw new EncryptionError('Re-sealing needs the data keys.');
  let count = 0;
  for (const model of ENCRYPTED_MODELS) {
    if (model.table !== 'Concern' && !model.ofConcern) continue;
    const where = model.table === 'Concern' ? `t.id = $2::uuid` : `t."concernId" = $2::uuid`;
    count += (await resealRows(tx, keys, model, { where, values: [concernId], partnershipId })).count;
  }
  return count;
}
