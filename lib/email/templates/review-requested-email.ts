import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/**
 * To a front-door team: a parent is not happy with how their report was handled and asked the partnership
 * to look at it again. The reference only, as every staff email: the parent's words stay behind sign-in.
 */
export function reviewRequestedEmail(input: {
  reference: string;
  site: string;
  /** The case was passed to this partnership with the review still open. */
  passedOn?: boolean;
}): RenderedEmail {
  const subject = `A parent asked for their report to be looked at again (reference ${input.reference})`;
  return renderEmail(subject, [
    {
      text: 'A parent is not happy with how their report was handled, and asked the partnership to look at it again.',
    },
    ...(input.passedOn
      ? [
          {
            text: 'The case has been passed to your partnership before the review was finished, so it is yours now.',
          },
        ]
      : []),
    { text: `The reference is ${input.reference}.` },
    {
      text: 'Sign in to read the case and finish the review:',
      link: {
        href: appLink(`/cases/${encodeURIComponent(input.reference)}`, input.site),
        label: 'sign in to view the case',
      },
    },
    { text: 'This email does not contain any details of the concern. Do not reply to it.' },
  ]);
}
