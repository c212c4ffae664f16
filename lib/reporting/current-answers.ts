import 'server-only';
import type { Answers } from './answers';
import { journeyToken } from './journey-cookie';
import { readDraft } from './report-draft';

/** This browser's journey answers so far (empty when there is no journey or it has expired). */
export async function currentAnswers(): Promise<Answers> {
  return (await readDraft(await journeyToken())) ?? {};
}
