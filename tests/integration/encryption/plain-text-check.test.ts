import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { encryptExistingRows, plainTextWhere } from '@/lib/encryption/encrypt-existing-rows';
import { ENCRYPTED_MODELS } from '@/lib/encryption/encrypted-fields';
import { makeConcern } from '../../support/factories';

// The look for plain text at every start-up: cheap once everything is sealed, and still thorough.
describe('the start-up look for case content in plain text', () => {
  it('reads each protected table through a partial index of its plain-text rows, not the whole table', async () => {
    for (const model of ENCRYPTED_MODELS) {
      const pk = `"${model.primaryKey[0]}"`;
      // Without the index the planner's only way in order is the whole primary key, row by row.
      const plan = await getDb().$transaction(async (tx) => {
        await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
        return tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(
          `EXPLAIN SELECT ${pk} FROM "${model.table}" WHERE ${plainTextWhere(model)} ORDER BY ${pk} LIMIT 1000`,
        );
      });
      expect(plan.map((row) => row['QUERY PLAN']).join('\n'), model.table).toContain(
        `${model.table}_plain_text_idx`,
      );
    }
  });

  it('still finds a value written in plain text after a clean pass', async () => {
    const concern = await makeConcern({ description: 'placeholder' });
    await encryptExistingRows(getDb());
    expect(await encryptExistingRows(getDb())).toEqual({});
    await getDb()
      .$executeRaw`UPDATE "Concern" SET "childName" = 'Written by hand' WHERE id = ${concern.id}::uuid`;
    await getDb().$executeRaw`INSERT INTO "Message" ("id", "concernId", author, body)
      VALUES (gen_random_uuid(), ${concern.id}::uuid, 'REPORTER', 'Typed straight into the database')`;
    expect(await encryptExistingRows(getDb())).toEqual({ Concern: 1, Message: 1 });
    const read = await getDb().concern.findUniqueOrThrow({
      where: { id: concern.id },
      include: { messages: true },
    });
    expect(read.childName).toBe('Written by hand');
    expect(read.messages[0]?.body).toBe('Typed straight into the database');
  });
});
