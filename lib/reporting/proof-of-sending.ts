import 'server-only';
import { getDb } from '@/lib/db';
import { partnershipSite } from '@/lib/email/partnership-site';
import { appLink } from '@/lib/email/templates/render-email';
import { asLocale, type Locale } from '@/lib/i18n/locales';
import { getConfirmationFor } from './get-confirmation';
import { journeyToken } from './journey-cookie';

/**
 * What a parent may print or save to show they sent a report: its reference, when it was sent, who it
 * went to and how to check on it. Never the description, the child or any other answer (the query below
 * reads nothing else), and the secret code only when the parent asks for it and the journey still has it.
 */
export interface ProofOfSending {
  reference: string;
  sentAt: Date;
  /** The school's name; null when it went to the partnership's safeguarding team (said in the reader's language). */
  sentTo: string | null;
  code: string | null;
  /** Where to check on it: this service's /check page, in full, for paper. */
  checkUrl: string;
  /** The language the parent wrote the report in (`Concern.language`): the PDF's language. */
  language: Locale;
}

async function proofOf(where: { reference: string } | { id: string }, code: string | null) {
  const concern = await getDb().concern.findUnique({
    where,
    select: {
      reference: true,
      submittedAt: true,
      route: true,
      partnershipId: true,
      language: true,
      school: { select: { name: true } },
      // Proof of where it was sent: a team may have passed it on since, and the parent is never told where.
      moves: { orderBy: { at: 'asc' }, take: 1, select: { fromSchool: { select: { name: true } } } },
    },
  });
  if (!concern) return null;
  const [firstMove] = concern.moves;
  const school = firstMove ? firstMove.fromSchool : concern.route === 'SCHOOL' ? concern.school : null;
  const checkUrl = appLink('/check', await partnershipSite(getDb(), concern.partnershipId));
  return {
    reference: concern.reference,
    sentAt: concern.submittedAt,
    sentTo: school?.name ?? null,
    code,
    checkUrl,
    language: asLocale(concern.language),
  };
}

/** From the confirmation page: only this browser's journey cookie opens it, while the journey lasts. */
export async function proofFromJourney(
  token: string | undefined,
  withCode: boolean,
): Promise<ProofOfSending | null> {
  const sent = await getConfirmationFor(token);
  if (!sent) return null;
  return proofOf({ reference: sent.reference }, withCode ? sent.receipt : null);
}

/** This browser's proof, read from its journey cookie (pages and the PDF route). */
export async function getProofFromJourney(withCode: boolean): Promise<ProofOfSending | null> {
  return proofFromJourney(await journeyToken(), withCode);
}

/**
 * From the follow-up page, after the parent checked with reference and code. The code is not kept
 * anywhere readable after the confirmation, so this proof never has it.
 */
export async function proofFromFollowUp(concernId: string): Promise<ProofOfSending | null> {
  return proofOf({ id: concernId }, null);
}
