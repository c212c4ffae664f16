import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/**
 * National early warning: a platform is rising in several areas at once. To the service operator (`site`
 * undefined, a link to /operator) or to a partnership's trends staff who opted in (a link to /trends on
 * their own address). The number of areas only: never which, never their counts.
 */
export function nationalRiseEmail(input: {
  platformName: string;
  areas: number;
  /** For a partnership's staff: whether their own area is one of them. Undefined for the operator. */
  ownArea?: boolean;
  site?: string;
}): RenderedEmail {
  const forOperator = input.ownArea === undefined;
  return renderEmail(`Early warning: concerns about ${input.platformName} are rising in several areas`, [
    {
      text: `Concerns about ${input.platformName} rose faster than usual in ${input.areas} areas on this service in the last few weeks.`,
    },
    ...(forOperator
      ? []
      : [
          {
            text: input.ownArea
              ? 'Your area is one of them.'
              : 'Your area is not one of them yet, so this may be a chance to warn parents early.',
          },
        ]),
    {
      text: 'Each area’s own trends decide what counts as a rise. No area is named and no figures are shared.',
    },
    forOperator
      ? { text: 'See the service page:', link: { href: appLink('/operator'), label: 'see the service page' } }
      : {
          text: 'See your trends dashboard:',
          link: { href: appLink('/trends', input.site), label: 'see your trends dashboard' },
        },
  ]);
}
