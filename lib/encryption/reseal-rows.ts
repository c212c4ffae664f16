import 'server-only';
import type { Tx } from '@/lib/db';
import { SQL_CIPHERTEXT } from './cipher';
import { bindingColumns, boundRowKey, ownerSql, type EncryptedModel } from './encrypted-fields';
import { writeSealed } from './encrypt-existing-rows';
import type { Keyring } from './keyring';

const q = (name: string) => `"${name}"`;

/** Which rows to re-seal: SQL on `t` with its parameters from $3 on, walked in primary-key order. */
export interface ResealScope {
  where: string;
  values: unknown[];
  /** The partnership whose key every chosen row is sealed under from now on (a concern that moved);
   * undefined: each row's own (encrypted-fields.ts `ownerSql`), as rotation does. */
  partnershipId?: string | null;
  limit?: number;
}

export const encryptedColumnsOf = (model: EncryptedModel) => [
  ...model.text,
  ...model.json,
  ...(model.conditional?.columns ?? []),
];

/** SQL: the column holds ciphertext under a key other than `target` (an SQL expression: the one key it
 * should be under), or in an older format than the table's new ciphertext (bound to what it no longer
 * should be). */
export function underOtherKey(model: EncryptedModel, column: string, target: string): string {
  const json = model.json.includes(column);
  const text = json ? `(t.${q(column)} #>> '{}')` : `t.${q(column)}`;
  const isString = json ? `jsonb_typeof(t.${q(column)}) = 'string' AND ` : '';
  const oldFormat = model.v1RowKey ? ` OR ${text} LIKE 'enc:v1:%'` : '';
  return `(${isString}${text} ${SQL_CIPHERTEXT} AND (split_part(${text}, ':', 3) IS DISTINCT FROM ${target}${oldFormat}))`;
}

/**
 * Re-seals protected values: each one under a key other than the one its row's partnership seals with now
 * (or in an older format) is opened and sealed again under that key, written back in one statement, with
 * the rows locked. The one home of re-sealing: data key rotation walks whole tables with it
 * (rotate-data-keys.ts), a concern moving to another partnership its own rows (reseal-concern.ts). Rows
 * whose partnership this keyring does not know are left (their keys are newer than the walk).
 */
export async function resealRows(
  tx: Tx,
  keys: Keyring,
  model: EncryptedModel,
  scope: ResealScope,
): Promise<{ count: number; last: string | null }> {
  const columns = encryptedColumnsOf(model);
  const json = (c: string) => model.json.includes(c);
  const [pk] = model.primaryKey;
  const binding = bindingColumns(model);
  // $1, $2: each owner's current key; a row's target is its owner's (a row sealed under another
  // partnership's key is moved too), or the one partnership's the rows now belong to.
  const current =
    scope.partnershipId === undefined
      ? keys.currentKeys(model.table)
      : { owners: [scope.partnershipId], keyIds: [keys.currentKeyId(model.table, scope.partnershipId)] };
  const owner = scope.partnershipId === undefined ? ownerSql(model) : '($1::text[])[1]';
  const target = `(SELECT c.k FROM unnest($1::text[], $2::text[]) AS c(o, k) WHERE c.o IS NOT DISTINCT FROM ${owner})`;
  const rows = await tx.$queryRawUnsafe<Record<string, string | boolean | null>[]>(
    `SELECT t.${q(pk)}::text AS pk, ${ownerSql(model)} AS own,
       ${binding.map((c, i) => `t.${q(c)}::text AS k${i}`).join(', ')},
       ${columns.map((c, i) => `${json(c) ? `t.${q(c)} #>> '{}'` : `t.${q(c)}`} AS v${i}, ${underOtherKey(model, c, target)} AS o${i}`).join(', ')}
     FROM ${q(model.table)} AS t
     WHERE (${scope.where}) AND (${columns.map((c) => underOtherKey(model, c, target)).join(' OR ')})
     ORDER BY t.${q(pk)} ${scope.limit ? `LIMIT ${Math.trunc(scope.limit)}` : ''} FOR UPDATE OF t`,
    current.owners,
    current.keyIds,
    ...scope.values,
  );
  if (!rows.length) return { count: 0, last: null };
  const values = columns.map((column, i) =>
    rows.map((row) => {
      const owner = scope.partnershipId !== undefined ? scope.partnershipId : (row.own as string | null);
      if (row[`o${i}`] !== true || !keys.knows(owner)) return null;
      const value = String(row[`v${i}`]);
      const bound = Object.fromEntries(binding.map((c, k) => [c, row[`k${k}`]]));
      const plain = keys.decrypt(model.table, column, boundRowKey(model, bound, value), value);
      const sealed = keys.encrypt(model.table, column, String(bound[model.rowKey]), plain, owner);
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
