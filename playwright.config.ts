import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Several engineers share one machine: UJIAN_E2E_PORT lets a second run use another port.
const PORT = Number(process.env.UJIAN_E2E_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${PORT}`;

// A fresh embedded database for every run: the server seeds the demo accounts into it.
// Playwright loads this file in the runner and in each worker; only the runner starts the server,
// so create the directory once and hand it down through the environment.
const dataDir = (process.env.UJIAN_E2E_DATA_DIR ??= fs.mkdtempSync(path.join(os.tmpdir(), 'ujian-e2e-')));

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  // Two spec files at a time against the one server below: specs make their own users and
  // assessments (e2e/factories.ts), never sharing the demo workers, so files cannot collide.
  fullyParallel: false,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'playwright-report' }],
    // npm test reads this to print its closing "N passed, N failed" line.
    ['json', { outputFile: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ?? 'test-results/playwright.json' }],
  ],
  use: {
    baseURL,
    screenshot: 'on',
    trace: 'retain-on-failure',
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: { width: 1280, height: 800 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
  },
  // Tests tagged @real-time wait out a real clock (an exam running out, a 15 s poll) for 40-100 s
  // while the CPU idles. Their project comes first and runs them one per group, so both workers
  // start on them and the short tests fill in beside them instead of waiting at the end.
  projects: [
    { name: 'real-time', grep: /@real-time/, fullyParallel: true, use: { browserName: 'chromium' } },
    { name: 'chromium', grepInvert: /@real-time/, use: { browserName: 'chromium' } },
  ],
  webServer: {
    command: 'node dist/server/main.js --demo',
    // A snapshot of the built app (package.json, dist/, server/db/migrations, node_modules) keeps a
    // run steady while someone else rebuilds dist/ on a shared machine.
    cwd: process.env.UJIAN_E2E_SERVER_DIR,
    url: `${baseURL}/healthz`,
    env: { PORT: String(PORT), DATA_DIR: dataDir },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
