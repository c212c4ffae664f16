import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, getEnv, LOCAL_DATA_ENCRYPTION_KEYS, resetEnvForTests } from '@/lib/env';

const saved = { ...process.env };

function withEnv(values: Record<string, string | undefined>) {
  for (const key of [
    'NODE_ENV',
    'DATABASE_URL',
    'SMTP_URL',
    'AUTH_SECRET',
    'APP_URL',
    'DATA_ENCRYPTION_KEYS',
  ])
    delete process.env[key];
  Object.assign(process.env, values);
  resetEnvForTests();
}

afterEach(() => {
  process.env = { ...saved };
  resetEnvForTests();
});

describe('configuration', () => {
  it('refuses to run in production without SMTP and a secret, naming each variable', () => {
    withEnv({ NODE_ENV: 'production', DATABASE_URL: 'postgresql://u:p@db:5432/app' });
    expect(() => getEnv()).toThrow(ConfigurationError);
    try {
      getEnv();
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('SMTP_URL is not set');
      expect(message).toContain('AUTH_SECRET is not set');
      expect(message).toContain('DATA_ENCRYPTION_KEYS is not set');
      expect(message).not.toMatch(/ZodError|at .*\.ts/);
    }
  });

  it('explains a missing or malformed DATABASE_URL in a sentence', () => {
    withEnv({ NODE_ENV: 'development' });
    expect(() => getEnv()).toThrow(/DATABASE_URL is not set/);
    withEnv({ NODE_ENV: 'development', DATABASE_URL: 'mysql://x' });
    expect(() => getEnv()).toThrow(/postgresql:\/\/ connection URL/);
  });

  it('runs in development with defaults, and in production when fully configured', () => {
    withEnv({ NODE_ENV: 'development', DATABASE_URL: 'postgresql://localhost/app' });
    expect(getEnv().APP_URL).toBe('http://localhost:3000');
    expect(getEnv().AUTH_SECRET.length).toBeGreaterThanOrEqual(32);
    withEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://localhost/app',
      SMTP_URL: 'smtp://mail:25',
      AUTH_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEYS: `main-2:${Buffer.alloc(32, 2).toString('base64')},main-1:${Buffer.alloc(32, 1).toString('base64')}`,
    });
    expect(getEnv().SMTP_URL).toBe('smtp://mail:25');
    expect(getEnv().DATA_ENCRYPTION_KEYS.map((k) => k.id)).toEqual(['main-2', 'main-1']);
  });

  it('uses a marked local master key outside production, and explains a malformed one', () => {
    withEnv({ NODE_ENV: 'development', DATABASE_URL: 'postgresql://localhost/app' });
    expect(getEnv().DATA_ENCRYPTION_KEYS[0]?.id).toBe('local-dev-not-for-production');
    for (const bad of ['main-1', 'main-1:c2hvcnQ=', `Main 1:${Buffer.alloc(32).toString('base64')}`]) {
      withEnv({
        NODE_ENV: 'development',
        DATABASE_URL: 'postgresql://localhost/app',
        DATA_ENCRYPTION_KEYS: bad,
      });
      expect(() => getEnv()).toThrow(/DATA_ENCRYPTION_KEYS must be a comma-separated list of id:key/);
    }
  });

  it('uses the published development keys only when NODE_ENV says development or test outright', () => {
    // A script or worker started with no NODE_ENV on a server must not sign or encrypt with them.
    withEnv({ DATABASE_URL: 'postgresql://localhost/app' });
    expect(() => getEnv()).toThrow(/AUTH_SECRET is not set/);
    expect(() => getEnv()).toThrow(/DATA_ENCRYPTION_KEYS is not set/);
    withEnv({ NODE_ENV: 'test', DATABASE_URL: 'postgresql://localhost/app' });
    expect(getEnv().DATA_ENCRYPTION_KEYS[0]?.id).toBe('local-dev-not-for-production');
  });

  it('refuses the published development keys when they are set outside development', () => {
    for (const NODE_ENV of ['production', undefined]) {
      withEnv({
        NODE_ENV,
        DATABASE_URL: 'postgresql://localhost/app',
        SMTP_URL: 'smtp://relay.example.org:587',
        AUTH_SECRET: 'local-development-secret-not-for-production-use-0000',
        DATA_ENCRYPTION_KEYS: `main-1:${Buffer.alloc(32, 1).toString('base64')},${LOCAL_DATA_ENCRYPTION_KEYS}`,
      });
      expect(() => getEnv()).toThrow(/AUTH_SECRET is the published development secret/);
      expect(() => getEnv()).toThrow(/DATA_ENCRYPTION_KEYS holds the published development key/);
    }
  });

  it('refuses a mail catcher’s address in production, where notifications must be delivered', () => {
    withEnv({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgresql://localhost/app',
      SMTP_URL: 'smtp://mail:1025',
      AUTH_SECRET: 'x'.repeat(40),
      DATA_ENCRYPTION_KEYS: `main-1:${Buffer.alloc(32, 1).toString('base64')}`,
    });
    expect(() => getEnv()).toThrow(/SMTP_URL points at a mail catcher/);
  });
});
