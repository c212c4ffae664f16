// Finds a Chromium for Playwright. Playwright cannot download its own browser here, so we use Debian's.
import { ensureDebianProgram } from './debian-package';

export function ensureChromium(log: (line: string) => void): string {
  return ensureDebianProgram(
    {
      need: 'The browser tests need Chromium',
      pkg: 'chromium',
      paths: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
      envVar: 'CHROMIUM_PATH',
      seconds: 30,
    },
    log,
  );
}
