import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { deleteExpiredDrafts } from '@/lib/reporting/delete-expired-drafts';
import { draftKey, newDraftToken, readDraft, writeDraft } from '@/lib/reporting/report-draft';

describe('journey drafts', () => {
  it('keeps answers across pages under the token’s hash only', async () => {
    const token = newDraftToken();
    await writeDraft(token, { urgent: false });
    await writeDraft(token, { description: 'Something happened' });
    const answers = await readDraft(token);
    expect(answers).toMatchObject({ urgent: false, description: 'Something happened' });
    expect(answers?.submissionKey).toMatch(/^[\w-]{32}$/);
    const row = await getDb().reportDraft.findUniqueOrThrow({ where: { tokenHash: draftKey(token) } });
    expect(row.tokenHash).not.toContain(token);
    expect(await readDraft(newDraftToken())).toBeNull();
  });

  it('keeps the same submission key for the whole journey', async () => {
    const token = newDraftToken();
    const first = await writeDraft(token, { urgent: true });
    const second = await writeDraft(token, { childAge: 9 });
    expect(second.submissionKey).toBe(first.submissionKey);
  });

  it('forgets an abandoned journey once it expires, and deletes it', async () => {
    const token = newDraftToken();
    await writeDraft(token, { description: 'Old' });
    const tokenHash = draftKey(token);
    await getDb().reportDraft.update({
      where: { tokenHash },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    const live = newDraftToken();
    await writeDraft(live, { description: 'New' });
    expect(await readDraft(token)).toBeNull();
    expect(await deleteExpiredDrafts()).toBeGreaterThanOrEqual(1);
    expect(await getDb().reportDraft.findUnique({ where: { tokenHash } })).toBeNull();
    expect(await readDraft(live)).toMatchObject({ description: 'New' });
  });

  it('starts afresh, not from the old answers, when an expired journey is written to again', async () => {
    const token = newDraftToken();
    await writeDraft(token, { description: 'Old' });
    await getDb().reportDraft.update({
      where: { tokenHash: draftKey(token) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect(await writeDraft(token, { urgent: false })).not.toHaveProperty('description');
  });
});
