// Finds a Chromium for Playwright. Playwright cannot download its own browser here, so we use Debian's.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { StartupError } from '../../lib/database/embedded';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function ensureChromium(log: (line: string) => void): string {
  const found = [process.env.CHROMIUM_PATH, ...CANDIDATES].find((p): p is string => !!p && existsSync(p));
  if (found) return found;
  const canInstall = userInfo().uid === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    throw new StartupError(
      'The browser tests need Chromium: install it (on Debian or Ubuntu: sudo apt-get install chromium) or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  log('Chromium not found: installing Debian’s chromium package (about 30 seconds)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', '--no-install-recommends', 'chromium'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0)
      throw new StartupError(
        'Installing Chromium with apt-get failed: install it by hand (apt-get install chromium), then run the tests again.',
      );
  }
  if (!existsSync('/usr/bin/chromium'))
    throw new StartupError('apt-get finished but /usr/bin/chromium is missing: set CHROMIUM_PATH.');
  return '/usr/bin/chromium';
}
