import { afterEach, describe, expect, it } from 'vitest';
import { ConfigurationError, getEnv, resetEnvForTests } from '@/lib/env';

const saved = { ...process.env };

function withEnv(values: Record<string, string | undefined>) {
  for (const key of ['NODE_ENV', 'DATABASE_URL', 'SMTP_URL', 'AUTH_SECRET', 'APP_URL'])
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
    });
    expect(getEnv().SMTP_URL).toBe('smtp://mail:25');
  });
});
