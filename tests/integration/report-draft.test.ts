import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deleteExpiredDrafts } from '@/lib/reporting/delete-expired-drafts';
import { draftKey, readDraft, startDraft, writeDraft } from '@/lib/reporting/report-draft';

const expire = (token: string) =>
  getDb().reportDraft.update({
    where: { tokenHash: draftKey(token) },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });

describe('journey drafts', () => {
  it('keeps answers across pages under the token’s hash only', async () => {
    const { token } = await startDraft({ urgent: false });
    await writeDraft(token, { description: 'Something happened' });
    const answers = await readDraft(token);
    expect(answers).toMatchObject({ urgent: false, description: 'Something happened' });
    expect(answers?.submissionKey).toMatch(/^[\w-]{32}$/);
    const row = await getDb().reportDraft.findUniqueOrThrow({ where: { tokenHash: draftKey(token) } });
    expect(row.tokenHash).not.toContain(token);
    expect(await readDraft('a-token-nobody-was-given')).toBeNull();
  });

  it('keeps the same submission key for the whole journey', async () => {
    const { token, answers: first } = await startDraft({ urgent: true });
    const second = await writeDraft(token, { childAge: 9 });
    expect(second?.submissionKey).toBe(first.submissionKey);
  });

  it('never makes a row for a token the server did not make', async () => {
    const planted = 'planted-by-someone-else-0123456789abcdefghijklmnop';
    expect(await writeDraft(planted, { description: 'Mine now' })).toBeNull();
    expect(await getDb().reportDraft.count({ where: { tokenHash: draftKey(planted) } })).toBe(0);
  });

  it('deletes a draft at the very moment it expires, when reading it already finds nothing', async () => {
    const { token } = await startDraft({ description: 'Just expired' });
    const at = new Date(Date.now() + 60_000);
    await getDb().reportDraft.update({ where: { tokenHash: draftKey(token) }, data: { expiresAt: at } });
    expect(await deleteExpiredDrafts(getDb(), at)).toBeGreaterThanOrEqual(1);
    expect(await getDb().reportDraft.findUnique({ where: { tokenHash: draftKey(token) } })).toBeNull();
  });

  it('forgets an abandoned journey once it expires, and deletes it', async () => {
    const { token } = await startDraft({ description: 'Old' });
    await expire(token);
    const live = await startDraft({ description: 'New' });
    expect(await readDraft(token)).toBeNull();
    expect(await deleteExpiredDrafts(getDb(), new Date())).toBeGreaterThanOrEqual(1);
    expect(await getDb().reportDraft.findUnique({ where: { tokenHash: draftKey(token) } })).toBeNull();
    expect(await readDraft(live.token)).toMatchObject({ description: 'New' });
  });

  it('does not write to, or bring back, an expired journey', async () => {
    const { token } = await startDraft({ description: 'Old' });
    await expire(token);
    expect(await writeDraft(token, { urgent: false })).toBeNull();
    expect(await readDraft(token)).toBeNull();
  });
});
