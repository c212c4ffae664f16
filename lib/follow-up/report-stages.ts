import type { ConcernStatus } from '@/lib/generated/prisma/enums';
import { ENGLISH, type Say } from '@/lib/i18n/say';

export type StageState = 'done' | 'waiting' | 'skipped';

export interface ReportStage {
  key: 'received' | 'read' | 'acting' | 'closed';
  /** What the parent reads, in plain words and their language (catalogue `followUp.stages`). */
  label: string;
  state: StageState;
  /** When it happened (the page shows the day); null until it has. */
  on: Date | null;
}

/**
 * The four stages a parent follows: received, read by the safeguarding team, being acted on, closed. Built
 * only from dates the concern keeps (never from what staff wrote), so it says that something happened and
 * when, not what. A concern closed with no step taken skips "being acted on".
 */
export function reportStages(
  concern: {
    status: ConcernStatus;
    submittedAt: Date;
    firstOpenedAt: Date | null;
    /** The first step the team took after reading it (lib/follow-up/get-concern-for-reporter.ts). */
    actedOnAt: Date | null;
    closedAt: Date | null;
  },
  say: Say = ENGLISH,
): ReportStage[] {
  const closed = concern.status === 'CLOSED' ? concern.closedAt : null;
  const stage = (key: ReportStage['key'], on: Date | null): ReportStage => ({
    key,
    label: say(`followUp.stages.${key}`),
    state: on ? 'done' : 'waiting',
    on,
  });
  const acting = stage('acting', concern.actedOnAt);
  return [
    stage('received', concern.submittedAt),
    stage('read', concern.firstOpenedAt),
    closed && !concern.actedOnAt ? { ...acting, state: 'skipped' } : acting,
    stage('closed', closed),
  ];
}
