import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { readCaughtMail, startMailCatcher, type MailCatcher } from '@/lib/email/catcher';
import { makeArea, submitConcern } from '../support/delivery';

let catcher: MailCatcher;
const dir = mkdtempSync(join(tmpdir(), 'sg-worker-'));
beforeAll(async () => {
  catcher = await startMailCatcher(dir);
});
afterAll(() => catcher.close());

describe('npm run worker', () => {
  it('sends queued email as its own process and stops cleanly on SIGTERM', async () => {
    const worker = spawn(
      resolve('node_modules/.bin/tsx'),
      ['--conditions=react-server', 'scripts/worker.ts'],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          NODE_ENV: 'test',
          DATABASE_URL: getEnv().DATABASE_URL,
          SMTP_URL: catcher.url,
          LOG_LEVEL: 'silent',
        } as unknown as NodeJS.ProcessEnv,
      },
    );
    let stdout = '';
    worker.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const exited = new Promise<number | null>((done) => worker.on('exit', (code) => done(code)));
    try {
      const area = await makeArea();
      const concern = await submitConcern(area);
      const deadline = Date.now() + 60_000;
      let delivered = 0;
      while (Date.now() < deadline && delivered < 2) {
        delivered = (await readCaughtMail(dir)).filter((m) => m.subject.includes(concern.reference)).length;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect(delivered).toBe(2);
    } finally {
      worker.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    expect(stdout).toContain('[worker] stopping');
  }, 90_000);
});
