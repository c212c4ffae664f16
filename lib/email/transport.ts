import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { getEnv } from '@/lib/env';
import { ConfigurationError } from '@/lib/env';

let transporter: Transporter | undefined;

/** The SMTP connection, from SMTP_URL. In development `npm run dev` points it at the local mail catcher. */
export function mailTransport(): Transporter {
  if (transporter) return transporter;
  const { SMTP_URL } = getEnv();
  if (!SMTP_URL) {
    throw new ConfigurationError(
      'SMTP_URL is not set, so email cannot be sent. Use npm run dev for a local mail catcher.',
    );
  }
  transporter = nodemailer.createTransport(SMTP_URL, {
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return transporter;
}
