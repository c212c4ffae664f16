import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/**
 * Tells a case's team that the parent or carer has written again (a message, or something added to their
 * report). One email may stand for several writes, so it never says how many or which; and like every
 * notification it names the team and the reference only.
 */
export function reporterWroteEmail(input: {
  teamName: string;
  reference: string;
  site: string;
}): RenderedEmail {
  const subject = `The parent or carer has written again about a concern for ${input.teamName} — sign in to read it (reference ${input.reference})`;
  return renderEmail(subject, [
    {
      text: `The parent or carer who reported concern ${input.reference} has sent a message or added to their report.`,
    },
    {
      text: 'Sign in to read it:',
      link: { href: appLink(`/cases/${input.reference}`, input.site), label: 'sign in to view the concern' },
    },
    { text: 'This email does not contain any details of the concern. Do not reply to it.' },
  ]);
}
