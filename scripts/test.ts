// npm test: every test, with everything they need started here and stopped afterwards.
//   1. unit and integration tests (vitest; integration tests get their own throwaway Postgres),
//   2. a production build, a throwaway Postgres with migrations and demo data, a mail catcher, the app,
//   3. end-to-end tests in Chromium (Playwright) with an accessibility scan of every page.
// `npm test -- --only=vitest` or `--only=e2e` runs one half. Ends with "tests: N passed, N failed".
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { startMailCatcher } from '../lib/email/catcher';
import { freePort, startScratchPostgres } from '../lib/database/scratch';
import { StartupError } from '../lib/database/embedded';
import { ensureChromium } from './lib/chromium';
import { E2E_APP_LIMITS } from './lib/e2e-app-limits';
import { ensurePdftotext } from './lib/pdftotext';
import { migrate } from './lib/database';
import { waitForHttp } from './lib/ports';

const say = (line: string) => console.log(`\n[test] ${line}`);
const results = resolve('.data/test-results');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);
// Anything else (spec files, --grep) goes to Playwright: `npm test -- --only=e2e tests/e2e/admin`.
const playwrightArgs = process.argv.slice(2).filter((a) => !a.startsWith('--only='));

type Env = Record<string, string | undefined>;

function run(command: string, args: string[], env: Env = {}): Promise<number> {
  return new Promise((done) => {
    const child = spawn(command, args, {
      stdio: 'inherit',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env } as NodeJS.ProcessEnv,
    });
    child.on('exit', (code) => done(code ?? 1));
  });
}

const bin = (name: string) => resolve('node_modules/.bin', name);

async function vitest(): Promise<number> {
  ensurePdftotext(say);
  say('Unit and integration tests (vitest)');
  return run(bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${results}/vitest.json`,
  ]);
}

async function e2e(): Promise<number> {
  const chromium = ensureChromium(say);
  say('Production build (next build)');
  const built = await run(bin('next'), ['build'], { NODE_ENV: 'production' });
  if (built !== 0) return built;

  const db = await startScratchPostgres('e2e');
  const mailDir = resolve('.data/test-mail');
  rmSync(mailDir, { recursive: true, force: true });
  const mail = await startMailCatcher(mailDir);
  let app: ChildProcess | undefined;
  try {
    await migrate(db.url, say);
    const port = await freePort();
    const baseUrl = `http://localhost:${port}`;
    const appEnv: Env = {
      NODE_ENV: 'production',
      DATABASE_URL: db.url,
      SMTP_URL: mail.url,
      // Fresh keys each run: production refuses keys published in the repository. The tests get them below.
      AUTH_SECRET: randomBytes(32).toString('base64'),
      DATA_ENCRYPTION_KEYS: `e2e-tests-only:${randomBytes(32).toString('base64')}`,
      APP_URL: baseUrl,
      NEXTAUTH_URL: baseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      // The specs play the load balancer: each sends the address it stands for as X-Forwarded-For.
      TRUSTED_PROXY_HOPS: '1',
      ...E2E_APP_LIMITS,
    };
    // The demo data goes only to a machine declared for development or tests, not a production one.
    const seeded = await run(bin('tsx'), ['--conditions=react-server', 'prisma/seed.ts'], {
      ...appEnv,
      NODE_ENV: 'test',
    });
    if (seeded !== 0) return seeded;
    say(`Starting the app on ${baseUrl}`);
    const started = spawn(bin('tsx'), ['--conditions=react-server', 'scripts/start.ts'], {
      stdio: 'inherit',
      env: { ...process.env, ...appEnv } as NodeJS.ProcessEnv,
    });
    app = started;
    await waitForHttp(`${baseUrl}/api/health`, 60_000, () => started.exitCode === null);
    say('End-to-end tests (Playwright, Chromium)');
    return await run(bin('playwright'), ['test', ...playwrightArgs], {
      E2E_BASE_URL: baseUrl,
      E2E_DATABASE_URL: db.url,
      MAIL_CATCHER_DIR: mailDir,
      E2E_AUTH_SECRET: appEnv.AUTH_SECRET,
      E2E_DATA_ENCRYPTION_KEYS: appEnv.DATA_ENCRYPTION_KEYS,
      CHROMIUM_PATH: chromium,
    });
  } finally {
    if (app && app.exitCode === null) {
      app.kill('SIGTERM');
      await new Promise((r) => app?.once('exit', r));
    }
    await mail.close();
    await db.stop();
  }
}

function counts(): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  const vitestFile = `${results}/vitest.json`;
  if (existsSync(vitestFile)) {
    const report = JSON.parse(readFileSync(vitestFile, 'utf8')) as {
      numPassedTests: number;
      numFailedTests: number;
    };
    passed += report.numPassedTests;
    failed += report.numFailedTests;
  }
  const playwrightFile = `${results}/playwright.json`;
  if (existsSync(playwrightFile)) {
    const report = JSON.parse(readFileSync(playwrightFile, 'utf8')) as {
      stats: { expected: number; unexpected: number; flaky: number };
    };
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
  }
  return { passed, failed };
}

async function main(): Promise<void> {
  const began = Date.now();
  rmSync(results, { recursive: true, force: true });
  mkdirSync(results, { recursive: true });
  const codes: number[] = [];
  if (only !== 'e2e') codes.push(await vitest());
  if (only !== 'vitest') codes.push(await e2e());
  const { passed, failed } = counts();
  // A runner's exit code and its own report must agree: either one saying "failed" fails the run.
  const ok = codes.every((c) => c === 0) && failed === 0 && passed > 0;
  console.log(`\n[test] Finished in ${((Date.now() - began) / 1000).toFixed(0)} s.`);
  console.log(`tests: ${passed} passed, ${failed + (ok || failed > 0 ? 0 : 1)} failed`);
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error instanceof StartupError ? `\n${error.message}\n` : error);
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
});
