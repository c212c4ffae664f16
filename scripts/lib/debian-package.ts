// Finds a program the tests need from a Debian package, installing the package with apt-get when we are
// root on Debian (as on CI's clean machines); otherwise stops with a message saying what to install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { StartupError } from '../../lib/database/embedded';

export interface DebianProgram {
  /** What the tests need it for, e.g. "The browser tests need Chromium". */
  need: string;
  pkg: string;
  /** Where it may already be, best first; the first is where the package installs it. */
  paths: [string, ...string[]];
  /** An environment variable that may point at it instead. */
  envVar?: string;
  seconds: number;
}

export function ensureDebianProgram(program: DebianProgram, log: (line: string) => void): string {
  const given = program.envVar ? process.env[program.envVar] : undefined;
  const found = [given, ...program.paths].find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  const orSet = program.envVar ? ` or set ${program.envVar} to it` : '';
  if (userInfo().uid !== 0 || !existsSync('/usr/bin/apt-get'))
    throw new StartupError(
      `${program.need}: install it (on Debian or Ubuntu: sudo apt-get install ${program.pkg})${orSet}.`,
    );
  log(`${program.pkg} not found: installing Debian’s package (about ${program.seconds} seconds)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', program.pkg],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0)
      throw new StartupError(
        `Installing ${program.pkg} with apt-get failed: install it by hand (apt-get install ${program.pkg}), then run the tests again.`,
      );
  }
  const [installed] = program.paths;
  if (!existsSync(installed)) throw new StartupError(`apt-get finished but ${installed} is missing${orSet}.`);
  return installed;
}
