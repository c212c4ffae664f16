import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/** To partnership staff: an early-warning flag was raised. `sentence` is describeFlag's, already quoted. */
export function trendFlagEmail(sentence: string, site: string): RenderedEmail {
  return renderEmail('Early warning: an unusual rise in concerns', [
    { text: sentence },
    {
      text: 'See the trends dashboard:',
      link: { href: appLink('/trends', site), label: 'see the trends dashboard' },
    },
  ]);
}
