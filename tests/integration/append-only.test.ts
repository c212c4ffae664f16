import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { makeConcern } from '../support/factories';

describe('the chronology and the audit trail only grow', () => {
  it('refuses to change or delete a chronology entry', async () => {
    const concern = await makeConcern();
    const db = getDb();
    const event = await db.concernEvent.create({
      data: { concernId: concern.id, kind: 'NOTE', summary: 'Spoke to the child.' },
    });
    await expect(
      db.concernEvent.update({
        where: { id: event.id, concernId: concern.id },
        data: { summary: 'changed' },
      }),
    ).rejects.toThrow(/append-only/);
    await expect(db.concernEvent.delete({ where: { id: event.id } })).rejects.toThrow(/append-only/);
    expect((await db.concernEvent.findUniqueOrThrow({ where: { id: event.id } })).summary).toBe(
      'Spoke to the child.',
    );
  });

  it('refuses to change or delete an audit entry', async () => {
    const db = getDb();
    const entry = await db.auditEntry.create({
      data: { action: 'school.update', subject: 'School', subjectId: 'x' },
    });
    await expect(
      db.auditEntry.update({ where: { id: entry.id }, data: { action: 'nothing' } }),
    ).rejects.toThrow(/append-only/);
    await expect(db.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
  });

  it('lets a declared retention purge delete, and nothing else', async () => {
    const concern = await makeConcern();
    const db = getDb();
    await db.concernEvent.create({ data: { concernId: concern.id, kind: 'NOTE', summary: 'to be purged' } });
    await db.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT set_config('app.retention_purge', 'on', true)`;
      await tx.concernEvent.deleteMany({ where: { concernId: concern.id } });
    });
    expect(await db.concernEvent.count({ where: { concernId: concern.id } })).toBe(0);
    // The setting was local to that transaction.
    await db.concernEvent.create({ data: { concernId: concern.id, kind: 'NOTE', summary: 'kept' } });
    await expect(db.concernEvent.deleteMany({ where: { concernId: concern.id } })).rejects.toThrow(
      /append-only/,
    );
  });
});
