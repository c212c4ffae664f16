// What a parent can do next, after sending, built from their answers: report it on the platform itself,
// and the national services that fit what happened. Pure: the confirmation page draws the words from the
// catalogue's nextSteps (app/(public)/report/confirmation/next-steps.tsx). Harm categories are read by
// their national slugs.

export type NextStep =
  | { kind: 'platform'; slug: string }
  | { kind: 'report-remove' }
  | { kind: 'iwf' }
  | { kind: 'ceop' }
  | { kind: 'evidence' };

/** A picture or video of the child themselves may be online: they can ask for it to come down. */
const OWN_IMAGE = ['sent-images', 'threatened'];
/** Grooming or sexual contact by someone: the police's child protection command. */
const CONTACT = ['asked-for-images', 'asked-to-meet', 'contacted-by-stranger', 'threatened'];
/** Sexual images seen online may show other children: the Internet Watch Foundation takes them down. */
const IMAGES_ONLINE = ['saw-sexual-images'];

export function nextStepsFor(answers: { harms: string[]; platformSlugs: string[] }): NextStep[] {
  const has = (slugs: string[]) => answers.harms.some((h) => slugs.includes(h));
  return [
    ...[...new Set(answers.platformSlugs)].map((slug) => ({ kind: 'platform' as const, slug })),
    ...(has(OWN_IMAGE) ? [{ kind: 'report-remove' as const }] : []),
    ...(has(IMAGES_ONLINE) ? [{ kind: 'iwf' as const }] : []),
    ...(has(CONTACT) ? [{ kind: 'ceop' as const }] : []),
    { kind: 'evidence' as const },
  ];
}
