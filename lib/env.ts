// The app's configuration, validated once. Nothing else reads process.env (ESLint enforces it).
// Every variable is documented in README.md's configuration table.
import { z } from 'zod';

const LOCAL_AUTH_SECRET = 'local-development-secret-not-for-production-use-0000';

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    DATABASE_URL: z
      .string({
        error:
          'DATABASE_URL is not set. Set it to a PostgreSQL connection URL, or use npm run dev, which starts a local database.',
      })
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// connection URL.'),
    APP_URL: z
      .url({
        error: 'APP_URL must be the full public address of the app, such as https://report.example.org',
      })
      .default('http://localhost:3000'),
    AUTH_SECRET: z
      .string()
      .min(32, 'AUTH_SECRET must be at least 32 characters long. Generate one with: openssl rand -base64 32')
      .optional(),
    SMTP_URL: z
      .string()
      .regex(/^smtps?:\/\//, 'SMTP_URL must look like smtp://user:password@host:587 or smtps://…')
      .optional(),
    MAIL_FROM: z.string().min(3).default('"Safeguarding concerns" <no-reply@localhost>'),
    /** Development only: where the local mail catcher keeps messages for the /dev/mail page. */
    MAIL_CATCHER_DIR: z.string().optional(),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** A signed-in session ends after this many minutes without a request… */
    SESSION_IDLE_MINUTES: z.coerce.number().int().min(5).max(240).default(30),
    /** …and this many hours after sign-in, whatever happens. */
    SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(24).default(12),
    /** Which partnership the public pages serve. May be left unset when the database holds exactly one. */
    PARTNERSHIP_SLUG: z.string().max(60).optional(),
    /** Run the email and escalation worker inside the app process (one machine). Set false when a separate
     * `npm run worker` process runs it instead. */
    WORKER_IN_PROCESS: z
      .enum(['true', 'false'], { error: 'WORKER_IN_PROCESS must be true or false.' })
      .default('true')
      .transform((value) => value === 'true'),
    /** An unsent reporting journey is deleted this many hours after its last change. */
    REPORT_DRAFT_HOURS: z.coerce.number().min(0.25).max(48).default(4),
    /** Reports accepted per hour from one network address, and from everyone together. */
    REPORT_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).optional(),
    REPORT_LIMIT_TOTAL: z.coerce.number().int().min(1).optional(),
    /** Follow-up sign-in attempts per 15 minutes from one address, and against one reference. */
    RECEIPT_CHECK_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).optional(),
    RECEIPT_CHECK_LIMIT_PER_REFERENCE: z.coerce.number().int().min(1).optional(),
    /** Trends: any count from 1 to this minus one is shown as "fewer than N"; others are rounded to it. */
    TRENDS_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(2).max(50).default(5),
    /** Early warning: a rise is flagged only with at least this many concerns in the last 14 days. */
    EARLY_WARNING_MIN_COUNT: z.coerce.number().int().min(3).max(1000).default(8),
  })
  .superRefine((value, ctx) => {
    if (value.NODE_ENV !== 'production') return;
    if (!value.AUTH_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AUTH_SECRET'],
        message:
          'AUTH_SECRET is not set. In production it signs sign-in sessions: generate one with openssl rand -base64 32.',
      });
    }
    if (!value.SMTP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message:
          'SMTP_URL is not set. In production the app must be able to email safeguarding alerts: set SMTP_URL, for example smtp://user:password@mail.example.org:587.',
      });
    }
  });

export type Env = z.infer<typeof schema> & { AUTH_SECRET: string };

/** Thrown when configuration is wrong; its message is plain sentences for whoever is deploying. */
export class ConfigurationError extends Error {}

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  cached = { ...parsed.data, AUTH_SECRET: parsed.data.AUTH_SECRET ?? LOCAL_AUTH_SECRET };
  return cached;
}

/** For tests that change the environment. */
export function resetEnvForTests(): void {
  cached = undefined;
}
