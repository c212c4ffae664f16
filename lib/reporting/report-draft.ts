import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Answers } from './answers';

/** A new random token for the journey cookie. Only its SHA-256 reaches the database. */
export function newDraftToken(): string {
  return randomBytes(32).toString('base64url');
}

export function draftKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function expiry(hours = getEnv().REPORT_DRAFT_HOURS): Date {
  return new Date(Date.now() + hours * 3_600_000);
}

/** The answers of a journey still in time, or null. */
export async function readDraft(token: string | undefined): Promise<Answers | null> {
  if (!token || token.length > 100) return null;
  const row = await getDb().reportDraft.findUnique({ where: { tokenHash: draftKey(token) } });
  if (!row || row.expiresAt <= new Date()) return null;
  return row.answers as Answers;
}

/** Merges one page's answers into the draft (made if missing) and pushes its expiry back. */
export async function writeDraft(token: string, patch: Answers): Promise<Answers> {
  const tokenHash = draftKey(token);
  const db = getDb();
  const existing = await db.reportDraft.findUnique({ where: { tokenHash } });
  const live = existing && existing.expiresAt > new Date() ? (existing.answers as Answers) : {};
  const answers: Answers = {
    submissionKey: randomBytes(24).toString('base64url'),
    ...live,
    ...patch,
  };
  const json = answers as Prisma.InputJsonValue;
  await db.reportDraft.upsert({
    where: { tokenHash },
    create: { tokenHash, answers: json, expiresAt: expiry() },
    update: { answers: json, expiresAt: expiry() },
  });
  return answers;
}

export async function deleteDraft(token: string | undefined): Promise<void> {
  if (!token) return;
  await getDb().reportDraft.deleteMany({ where: { tokenHash: draftKey(token) } });
}
