// The proof a parent may print or save after sending: reference, when, to whom, how to check. Never the
// description, the child's name or any other answer; the secret code only when asked for.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db';
import { closeRateLimits } from '@/lib/rate-limit/rate-limit';
import { proofFromFollowUp, proofFromJourney, type ProofOfSending } from '@/lib/reporting/proof-of-sending';
import { proofPdfResponse, renderProofPdf } from '@/lib/reporting/render-proof-pdf';
import { submitConcern } from '@/lib/reporting/submit-concern';
import { pdfText } from '../support/pdf-text';
import {
  completeAnswers,
  makeReportingWorld,
  startJourney,
  type ReportingWorld,
} from '../support/report-fixtures';

let world: ReportingWorld;
let addressCount = 0;
const DESCRIPTION = 'A stranger kept messaging about the swimming gala.';
const CHILD = 'Zebedee Q.';

beforeAll(async () => {
  world = await makeReportingWorld();
});
afterAll(() => closeRateLimits());

async function sent(language: 'en' | 'cy' | 'ur' = 'en') {
  const token = await startJourney(
    completeAnswers(world, { description: DESCRIPTION, childName: CHILD, contact: 'ANONYMOUS' }),
  );
  const outcome = await submitConcern({
    token,
    partnershipId: world.partnership.id,
    honeypot: '',
    address: `192.0.2.${(addressCount += 1)}`,
    language,
  });
  if (outcome.kind !== 'sent') throw new Error(`expected sent, got ${outcome.kind}`);
  return outcome;
}

/** Everything a reader could get from the proof: its fields and its PDF's text. */
async function everything(proof: ProofOfSending): Promise<string> {
  return `${JSON.stringify(proof)} ${pdfText(await renderProofPdf(proof))}`;
}

describe('proof of sending', () => {
  it('has the reference, when, the school and how to check, and nothing the parent told us', async () => {
    const outcome = await sent();
    const proof = await proofFromJourney(outcome.token, false);
    expect(proof).toMatchObject({ reference: outcome.reference, sentTo: world.school.name, code: null });
    expect(proof?.checkUrl).toMatch(/\/check$/);
    const text = await everything(proof as ProofOfSending);
    for (const wanted of [outcome.reference, world.school.name, 'Proof you sent a report', '/check'])
      expect(text).toContain(wanted);
    for (const unwanted of [DESCRIPTION, 'swimming gala', CHILD, 'Zebedee', outcome.receipt])
      expect(text).not.toContain(unwanted);
  });

  it('has the secret code only when the parent asks for it, and still nothing they told us', async () => {
    const outcome = await sent();
    const proof = (await proofFromJourney(outcome.token, true)) as ProofOfSending;
    expect(proof.code).toBe(outcome.receipt);
    const text = await everything(proof);
    expect(text).toContain(outcome.receipt);
    for (const unwanted of [DESCRIPTION, 'swimming gala', CHILD, 'Zebedee'])
      expect(text).not.toContain(unwanted);
  });

  it("names the partnership's safeguarding team for a report that went to the front door", async () => {
    const outcome = await sent();
    await getDb().concern.update({
      where: { reference: outcome.reference },
      data: { route: 'FRONT_DOOR', schoolId: null },
    });
    const proof = (await proofFromJourney(outcome.token, false)) as ProofOfSending;
    expect(pdfText(await renderProofPdf(proof))).toContain("Sent to the partnership's safeguarding team");
  });

  it('is in the language the parent wrote in, with the date in that language, Welsh letters and all', async () => {
    const outcome = await sent('cy');
    await getDb().concern.update({
      where: { reference: outcome.reference },
      data: { route: 'FRONT_DOOR', schoolId: null },
    });
    const proof = (await proofFromJourney(outcome.token, true)) as ProofOfSending;
    const text = pdfText(await renderProofPdf(proof));
    for (const wanted of [
      'Prawf eich bod wedi anfon adroddiad',
      'Anfonwyd at tîm diogelu’r bartneriaeth',
      'Teipiwch eich cyfeirnod a’ch cod cyfrinachol.',
      outcome.receipt,
    ])
      expect(text).toContain(wanted);
    expect(text).toMatch(
      /Dyddiad anfon \d{1,2} (Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr) \d{4}, \d\d:\d\d/,
    );
    for (const english of ['Proof you sent', 'Sent on', 'How to check', 'Secret code'])
      expect(text).not.toContain(english);
    // The font draws every Welsh letter (a school's name keeps its own spelling).
    const welsh = 'Ysgol Gynradd Tŷ’r Ŵyn: â ê î ô û ŵ ŷ Â Ê Î Ô Û Ŵ Ŷ ä ë ï ö ü ẁ ẃ ỳ';
    expect(pdfText(await renderProofPdf({ ...proof, sentTo: welsh }))).toContain(welsh);
  });

  it('downloads under a name in the parent’s language, with an English one for browsers that need ASCII', async () => {
    const proof = (await proofFromJourney((await sent('ur')).token, false)) as ProofOfSending;
    const disposition = (await proofPdfResponse(proof)).headers.get('content-disposition') ?? '';
    expect(disposition).toMatch(/^attachment; filename="proof-you-sent-a-report\.pdf"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1] ?? '')).toBe('رپورٹ-بھیجنے-کا-ثبوت.pdf');
    const english = (await proofFromJourney((await sent('en')).token, false)) as ProofOfSending;
    expect((await proofPdfResponse(english)).headers.get('content-disposition')).toBe(
      'attachment; filename="proof-you-sent-a-report.pdf"',
    );
  });

  it('opens only with the journey token the browser was given, not a made-up or earlier one', async () => {
    const token = await startJourney(completeAnswers(world));
    expect(await proofFromJourney(token, true)).toBeNull();
    expect(await proofFromJourney(undefined, true)).toBeNull();
    expect(await proofFromJourney('made-up-token-0123456789abcdefghijklmnopqrstu', true)).toBeNull();
  });

  it('from the follow-up page: the same proof, never with the code', async () => {
    const outcome = await sent();
    const { id } = await getDb().concern.findUniqueOrThrow({ where: { reference: outcome.reference } });
    const proof = (await proofFromFollowUp(id)) as ProofOfSending;
    expect(proof).toMatchObject({ reference: outcome.reference, sentTo: world.school.name, code: null });
    const text = await everything(proof);
    for (const unwanted of [DESCRIPTION, CHILD, outcome.receipt]) expect(text).not.toContain(unwanted);
  });
});
