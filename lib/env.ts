// The app's configuration, validated once. Nothing else reads process.env (ESLint enforces it).
// Every variable is documented in README.md's configuration table.
import { z } from 'zod';

/** Development and tests only: published in this repository, so it protects nothing. */
const LOCAL_AUTH_SECRET = 'local-development-secret-not-for-production-use-0000';
/** Development and tests only: a published master key, so a local database works with no set-up. Never
 * for production, where DATA_ENCRYPTION_KEYS is required. */
export const LOCAL_DATA_ENCRYPTION_KEYS =
  'local-dev-not-for-production:jYPiGMZtSwv/sRhk8hGLj5PItRuwklfSD75QvVL0R5Y=';

const DATA_KEYS_FORMAT =
  'DATA_ENCRYPTION_KEYS must be a comma-separated list of id:key, newest first, where each key is 32 random bytes in base64 (openssl rand -base64 32) and each id uses a-z, 0-9 and -.';

/** id:base64 pairs, current master key first (lib/encryption). */
function parseMasterKeys(value: string): { id: string; key: Buffer }[] {
  const keys = value.split(',').map((pair) => {
    const [id = '', key = ''] = pair.trim().split(/:(.*)/s);
    return { id, key: Buffer.from(key, 'base64') };
  });
  const bad = keys.some(({ id, key }) => !/^[a-z0-9-]{1,40}$/.test(id) || key.length !== 32);
  const repeated = new Set(keys.map((k) => k.id)).size !== keys.length;
  if (bad || repeated) throw new ConfigurationError(DATA_KEYS_FORMAT);
  return keys;
}

const schema = z
  .object({
    /** Unset means neither: the published development keys are refused, as in production. */
    NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
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
    /** Which partnership the public pages serve at a host name no PartnershipHost maps. May be left unset
     * when the database holds exactly one partnership, or when every public address is mapped. */
    PARTNERSHIP_SLUG: z.string().max(60).optional(),
    /** Run the email and escalation worker inside the app process (one machine). Set false when a separate
     * `npm run worker` process runs it instead. */
    WORKER_IN_PROCESS: z
      .enum(['true', 'false'], { error: 'WORKER_IN_PROCESS must be true or false.' })
      .default('true')
      .transform((value) => value === 'true'),
    /** An unsent reporting journey is deleted this many hours after its last change. */
    REPORT_DRAFT_HOURS: z.coerce.number().min(0.25).max(48).default(4),
    /** New journeys started per hour from one network address. */
    REPORT_DRAFT_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).optional(),
    /** Unsent journeys kept at once, from everyone: past it, new journeys wait ("the service is busy"). */
    REPORT_DRAFT_MAX_LIVE: z.coerce.number().int().min(1).default(10_000),
    /** Reports accepted per hour from one network address, and from everyone together. */
    REPORT_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).optional(),
    REPORT_LIMIT_TOTAL: z.coerce.number().int().min(1).optional(),
    /** How many proxies in front of the app append to X-Forwarded-For (nginx, a cloud load balancer). 0:
     * clients connect straight to the app and the socket's peer is their address. */
    TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
    /** Failed follow-up sign-in attempts per 15 minutes from one address. */
    RECEIPT_CHECK_LIMIT_PER_ADDRESS: z.coerce.number().int().min(1).optional(),
    /** Trends: any count from 1 to this minus one is shown as "fewer than N"; others are rounded to it. */
    TRENDS_SUPPRESSION_THRESHOLD: z.coerce.number().int().min(2).max(50).default(5),
    /** Early warning: a rise is flagged only with at least this many concerns in the last 14 days. */
    EARLY_WARNING_MIN_COUNT: z.coerce.number().int().min(3).max(1000).default(8),
    /** Master keys that wrap the data keys of encrypted columns: id:base64, the current one first. */
    DATA_ENCRYPTION_KEYS: z.string().optional(),
  })
  .superRefine((value, ctx) => {
    const problem = (path: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: [path], message });
    const production = value.NODE_ENV === 'production';
    // Only a machine that says outright it is for development or tests may use the published keys;
    // a worker or script started on a server with no NODE_ENV must not sign or encrypt with them.
    if (value.NODE_ENV !== 'development' && value.NODE_ENV !== 'test') {
      const where = production ? 'In production' : 'Outside development (NODE_ENV=development)';
      if (!value.AUTH_SECRET) {
        problem(
          'AUTH_SECRET',
          `AUTH_SECRET is not set. ${where} it signs sign-in sessions: generate one with openssl rand -base64 32.`,
        );
      } else if (value.AUTH_SECRET === LOCAL_AUTH_SECRET) {
        problem(
          'AUTH_SECRET',
          'AUTH_SECRET is the published development secret, which anyone can read. Generate your own with openssl rand -base64 32.',
        );
      }
      if (!value.DATA_ENCRYPTION_KEYS) {
        problem(
          'DATA_ENCRYPTION_KEYS',
          `DATA_ENCRYPTION_KEYS is not set. ${where} case records are encrypted with it: set it to a key id and 32 random bytes, for example main-1:$(openssl rand -base64 32).`,
        );
      } else if (holdsPublishedKey(value.DATA_ENCRYPTION_KEYS)) {
        problem(
          'DATA_ENCRYPTION_KEYS',
          'DATA_ENCRYPTION_KEYS holds the published development key, which anyone can read. Use your own: main-1:$(openssl rand -base64 32).',
        );
      }
    }
    if (!production) return;
    if (!value.SMTP_URL) {
      problem(
        'SMTP_URL',
        'SMTP_URL is not set. In production the app must be able to email safeguarding teams: set SMTP_URL, for example smtp://user:password@mail.example.org:587.',
      );
    } else if (isMailCatcher(value.SMTP_URL)) {
      problem(
        'SMTP_URL',
        'SMTP_URL points at a mail catcher (port 1025), which keeps the email to safeguarding teams instead of delivering it. In production set SMTP_URL to your mail relay.',
      );
    }
  });

/** Whether a DATA_ENCRYPTION_KEYS value lists the published development key (by its key, whatever its id). */
function holdsPublishedKey(value: string): boolean {
  const published = LOCAL_DATA_ENCRYPTION_KEYS.split(/:(.*)/s)[1];
  return value.split(',').some((pair) => pair.trim().split(/:(.*)/s)[1]?.trim() === published);
}

/** Mailpit, MailHog and MailDev take mail on port 1025 and deliver none of it. */
function isMailCatcher(smtpUrl: string): boolean {
  try {
    return new URL(smtpUrl).port === '1025';
  } catch {
    return false;
  }
}

export type Env = Omit<z.infer<typeof schema>, 'DATA_ENCRYPTION_KEYS'> & {
  AUTH_SECRET: string;
  /** The current master key first. */
  DATA_ENCRYPTION_KEYS: { id: string; key: Buffer }[];
};

/** Thrown when configuration is wrong; its message is plain sentences for whoever is deploying. */
export class ConfigurationError extends Error {}

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    throw new ConfigurationError(parsed.error.issues.map((issue) => issue.message).join('\n'));
  }
  const masterKeys = parseMasterKeys(parsed.data.DATA_ENCRYPTION_KEYS ?? LOCAL_DATA_ENCRYPTION_KEYS);
  cached = {
    ...parsed.data,
    AUTH_SECRET: parsed.data.AUTH_SECRET ?? LOCAL_AUTH_SECRET,
    DATA_ENCRYPTION_KEYS: masterKeys,
  };
  return cached;
}

/** For tests that change the environment. */
export function resetEnvForTests(): void {
  cached = undefined;
}
