import 'server-only';
import { SERVICE_NAME } from '@/lib/service';
import { appLink, renderEmail, type RenderedEmail } from './render-email';

/**
 * To a partnership's administrators when one member of staff has asked for many cases they cannot see.
 * Nothing about who or which cases: that is on the audit page, behind sign-in.
 */
export function caseLookUpsRefusedEmail(site?: string): RenderedEmail {
  return renderEmail(`A member of staff tried to open cases they cannot see – ${SERVICE_NAME}`, [
    {
      text: 'In the last hour, one member of staff at your partnership has tried many times to open cases they cannot see. The service showed them "not found" each time, and they saw nothing from those cases.',
    },
    {
      text: 'This can be a mistyped reference or an old link, but it can also be someone looking for cases at another school. The audit trail shows who it was and which references they asked for:',
      link: { href: appLink('/admin/audit?action=security', site), label: 'see the audit trail' },
    },
    { text: 'Do not reply to this email.' },
  ]);
}
