import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/**
 * Tells a member of a safeguarding team that a concern is waiting. It names the school and the reference
 * only: email can be forwarded or read over a shoulder, so everything else stays behind sign-in.
 */
export function newConcernEmail(input: {
  teamName: string;
  reference: string;
  urgent: boolean;
  /** The partnership's own address (lib/email/partnership-site.ts). */
  site: string;
}): RenderedEmail {
  const subject = `${input.urgent ? 'URGENT: ' : ''}A new safeguarding concern for ${input.teamName} — sign in to view it (reference ${input.reference})`;
  return renderEmail(subject, [
    { text: `A parent or carer has reported a new safeguarding concern for ${input.teamName}.` },
    ...(input.urgent
      ? [{ text: 'They said a child may be in danger right now. Please look at it straight away.' }]
      : []),
    { text: `The reference is ${input.reference}.` },
    {
      text: 'Sign in to read it:',
      link: { href: appLink('/cases', input.site), label: 'sign in to view the concern' },
    },
    { text: 'This email does not contain any details of the concern. Do not reply to it.' },
  ]);
}
