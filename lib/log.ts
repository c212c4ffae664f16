// Structured logs (JSON lines on stdout). Personal data never goes in: log ids, counts and outcomes,
// not descriptions, names, emails or receipt codes. The redact list is a safety net, not permission.
import pino from 'pino';
import { getEnv } from '@/lib/env';

let root: pino.Logger | undefined;

export function logger(): pino.Logger {
  root ??= pino({
    level: safeLevel(),
    base: { service: 'safeguarding-concerns' },
    redact: {
      paths: [
        '*.email',
        '*.password',
        '*.description',
        '*.receipt',
        '*.childName',
        '*.phone',
        '*.body',
        '*.name',
      ],
      censor: '[redacted]',
    },
  });
  return root;
}

function safeLevel(): string {
  try {
    return getEnv().LOG_LEVEL;
  } catch {
    return 'info';
  }
}

/** A child logger carrying the request id the proxy set, so lines of one request can be found together. */
export function requestLogger(requestId: string | null | undefined): pino.Logger {
  return logger().child({ requestId: requestId ?? 'none' });
}
