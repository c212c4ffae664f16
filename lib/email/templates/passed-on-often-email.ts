import 'server-only';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/**
 * To a front-door team: a concern has been passed between teams more than once, so someone should make sure
 * it reaches the right one. The reference only, as every staff email: the rest stays behind sign-in.
 */
export function passedOnOftenEmail(input: { reference: string; times: number; site: string }): RenderedEmail {
  const subject = `A safeguarding concern has been passed on ${input.times} times (reference ${input.reference})`;
  return renderEmail(subject, [
    {
      text: `A safeguarding concern has been passed from one team to another ${input.times} times. Please check it is with the right team.`,
    },
    { text: `The reference is ${input.reference}.` },
    {
      text: 'Sign in to see it:',
      link: { href: appLink('/cases', input.site), label: 'sign in to view the concern' },
    },
    { text: 'This email does not contain any details of the concern. Do not reply to it.' },
  ]);
}
