// The invitation email. It names the role and the school, never anything about a concern.
import { escapeHtml } from '@/lib/security/escape-html';
import { ROLE_LABELS } from './invitation-schema';
import { formatDate } from '@/lib/format/dates';

export function invitationEmail(input: {
  name: string;
  role: keyof typeof ROLE_LABELS;
  school: { name: string } | null;
  partnership: { name: string };
  expiresAt: Date;
  link: string;
}) {
  const where = input.school ? ` at ${input.school.name}` : '';
  const role = `${ROLE_LABELS[input.role].replace(/ at a school$/, '')}${where}`;
  const until = formatDate(input.expiresAt);
  const subject = `You have been invited to ${input.partnership.name}'s safeguarding concerns service`;
  const lines = [
    `Dear ${input.name},`,
    `You have been invited to join ${input.partnership.name}'s safeguarding concerns service as: ${role}.`,
    `To accept, open this link and set up your sign-in. The link works once, until ${until}:`,
    input.link,
    'If you were not expecting this, you can ignore this email.',
  ];
  return {
    subject,
    text: lines.join('\n\n'),
    html: lines
      .map((l) =>
        l === input.link
          ? `<p><a href="${escapeHtml(l)}">${escapeHtml(l)}</a></p>`
          : `<p>${escapeHtml(l)}</p>`,
      )
      .join('\n'),
  };
}
