import 'server-only';
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { getDb } from '@/lib/db';
import { getEnv } from '@/lib/env';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Answers } from './answers';

/** A new random token for the journey cookie. Only its SHA-256 reaches the database. */
function newDraftToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * The token a journey moves to when it is sent. Derived (keyed with AUTH_SECRET, so nobody outside the
 * server can work it out) rather than random, so that both requests of a double submit, which carry the
 * same old token, hand the browser the same new one.
 */
export function sentDraftToken(token: string): string {
  return createHmac('sha256', getEnv().AUTH_SECRET)
    .update(`report-journey-sent:${token}`)
    .digest('base64url');
}

export function draftKey(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function expiry(hours = getEnv().REPORT_DRAFT_HOURS): Date {
  return new Date(Date.now() + hours * 3_600_000);
}

/**
 * The answers of a journey still in time, or null. A token its journey moved on from when it was sent
 * reads as `{ sentElsewhere: true }`: the browser hears that it was sent, and nothing of the report.
 */
export async function readDraft(token: string | undefined): Promise<Answers | null> {
  if (!token || token.length > 100) return null;
  const answers = await liveAnswers(draftKey(token));
  if (answers) return answers;
  const moved = await liveAnswers(draftKey(sentDraftToken(token)));
  return moved?.sent ? { sentElsewhere: true } : null;
}

async function liveAnswers(tokenHash: string): Promise<Answers | null> {
  const row = await getDb().reportDraft.findUnique({ where: { tokenHash } });
  if (!row || row.expiresAt <= new Date()) return null;
  return row.answers as Answers;
}

/**
 * Starts a journey: a new row under a new server-made token, which only the caller's cookie will hold.
 * The only way a draft row comes to exist, so a token the server did not make never opens one.
 */
export async function startDraft(patch: Answers): Promise<{ token: string; answers: Answers }> {
  const token = newDraftToken();
  const answers: Answers = { submissionKey: randomBytes(24).toString('base64url'), ...patch };
  await getDb().reportDraft.create({
    data: { tokenHash: draftKey(token), answers: answers as Prisma.InputJsonValue, expiresAt: expiry() },
  });
  return { token, answers };
}

/**
 * Merges one page's answers into a journey still in time and pushes its expiry back. Null when there is
 * none (unknown token, expired): it never makes a row, so the caller starts a journey instead.
 */
export async function writeDraft(token: string, patch: Answers): Promise<Answers | null> {
  const live = await readDraft(token);
  if (!live) return null;
  const answers: Answers = { ...live, ...patch };
  const { count } = await getDb().reportDraft.updateMany({
    where: { tokenHash: draftKey(token), expiresAt: { gt: new Date() } },
    data: { answers: answers as Prisma.InputJsonValue, expiresAt: expiry() },
  });
  return count === 1 ? answers : null;
}

export async function deleteDraft(token: string | undefined): Promise<void> {
  if (!token) return;
  await getDb().reportDraft.deleteMany({ where: { tokenHash: draftKey(token) } });
}
