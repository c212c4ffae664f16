import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/** The optional daily list of concerns nobody has opened yet: references only. */
export function dailyDigestEmail(input: {
  references: string[];
  urgentCount: number;
  site?: string;
}): RenderedEmail {
  const count = input.references.length;
  const concerns = count === 1 ? '1 safeguarding concern' : `${count} safeguarding concerns`;
  return renderEmail(`${concerns} not opened yet`, [
    {
      text: `${concerns} for your team ${count === 1 ? 'has' : 'have'} not been opened yet${input.urgentCount > 0 ? `, ${input.urgentCount} of them urgent` : ''}.`,
    },
    { text: `References: ${input.references.join(', ')}.` },
    {
      text: 'Sign in to read them:',
      link: { href: appLink('/cases', input.site), label: 'sign in to view concerns' },
    },
    {
      text: 'You get this email because you asked for a daily summary. It contains no details of any concern.',
    },
  ]);
}
