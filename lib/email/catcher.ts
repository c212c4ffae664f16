// A real SMTP server that keeps every message it receives as an .eml file in a folder. `npm run dev`
// starts it when SMTP_URL is not set, and the end-to-end tests start one to read what the app sent.
// It is never used in production.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailCatcher {
  port: number;
  url: string;
  close: () => Promise<void>;
}

export async function startMailCatcher(dir: string, port = 0): Promise<MailCatcher> {
  mkdirSync(dir, { recursive: true });
  let counter = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 5 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const name = `${Date.now().toString().padStart(15, '0')}-${process.pid}-${counter++}.eml`;
        writeFileSync(join(dir, name), Buffer.concat(chunks));
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    port: actualPort,
    url: `smtp://127.0.0.1:${actualPort}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface CaughtMail {
  id: string;
  to: string;
  from: string;
  subject: string;
  date: string;
  messageId: string;
  text: string;
}

/** Messages the catcher holds, newest first. */
export async function readCaughtMail(dir: string): Promise<CaughtMail[]> {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
  files.sort().reverse();
  return Promise.all(
    files.map(async (file) => {
      const parsed = await simpleParser(readFileSync(join(dir, file)));
      const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(', ') : (parsed.to?.text ?? '');
      return {
        id: file.replace(/\.eml$/, ''),
        to,
        from: parsed.from?.text ?? '',
        subject: parsed.subject ?? '',
        date: (parsed.date ?? new Date(0)).toISOString(),
        messageId: parsed.messageId ?? '',
        text: parsed.text ?? '',
      };
    }),
  );
}
