import { spawn } from 'node:child_process';
import { resolve } from 'node:path';

export interface ScriptResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of the project's TypeScript scripts as a user would, with a controlled environment. */
export function runScript(
  script: string,
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
  args: string[] = [],
): Promise<ScriptResult> {
  const clean: Record<string, string | undefined> = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    NEXT_TELEMETRY_DISABLED: '1',
  };
  for (const [key, value] of Object.entries(env)) if (value !== undefined) clean[key] = value;
  return new Promise((done) => {
    const child = spawn(resolve('node_modules/.bin/tsx'), ['--conditions=react-server', script, ...args], {
      env: clean as NodeJS.ProcessEnv,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

/** The first thing a person reads must be a sentence, not a stack trace. */
export function looksLikeStackTrace(text: string): boolean {
  return /^\s+at .+\(.+:\d+:\d+\)$/m.test(text) || /node:internal/.test(text);
}
