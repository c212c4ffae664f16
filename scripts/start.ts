// npm start: the production start-up, the same path the Docker image runs. It checks the configuration
// and the database, applies pending migrations, then serves the built app (next build first).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { ConfigurationError, getEnv } from '../lib/env';
import { StartupError, assertReachable, encryptPlainRows, migrate } from './lib/database';
import { assertPortFree } from './lib/ports';

const say = (line: string) => console.log(`[start] ${line}`);

async function main(): Promise<void> {
  const env = getEnv();
  const port = Number(process.env.PORT ?? 3000);
  await assertPortFree(port, 'PORT');
  await assertReachable(env.DATABASE_URL);
  if (process.env.MIGRATE_ON_START !== 'false') {
    await migrate(env.DATABASE_URL, say);
    await encryptPlainRows(env.DATABASE_URL, say);
  }

  const standalone = existsSync(resolve('server.js')); // inside the Docker image
  if (!standalone && !existsSync(resolve('.next', 'BUILD_ID'))) {
    throw new StartupError('The app has not been built. Run npm run build first, or use npm run dev.');
  }
  say(`Serving on port ${port}.`);
  // scripts/serve.ts, not `next start` or the standalone server.js: only a server of our own can tell the
  // app which address a request really came from. Outside React's server condition, as `next start` was.
  const next = spawn(
    process.execPath,
    ['--import', 'tsx', resolve('scripts/serve.ts'), '--port', String(port)],
    {
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    },
  );
  const forward = (signal: NodeJS.Signals) => () => next.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  next.on('exit', (code) => process.exit(code ?? 0));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigurationError || error instanceof StartupError) {
    console.error(`\n${error.message}\n`);
  } else {
    console.error(`\nThe app could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  }
  process.exit(1);
});
