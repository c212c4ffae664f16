// End-to-end tests in a real Chromium against a production build. Run them through `npm test`, which
// starts the database, the mail catcher and the app, then sets E2E_BASE_URL (see scripts/test.ts).
import { defineConfig } from '@playwright/test';

const baseURL = process.env.E2E_BASE_URL ?? 'http://localhost:3100';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: '.data/test-results/playwright.json' }]],
  outputDir: '.data/test-results/playwright',
  use: {
    baseURL,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, testIgnore: 'security/access-matrix.spec.ts' },
    // The access matrix counts rows in shared tables to prove a refused request wrote nothing, so it runs
    // alone, after every other test (`--no-deps` runs it by itself).
    {
      name: 'access-matrix',
      use: { browserName: 'chromium' },
      testMatch: 'security/access-matrix.spec.ts',
      dependencies: ['chromium'],
      fullyParallel: false,
    },
  ],
});
