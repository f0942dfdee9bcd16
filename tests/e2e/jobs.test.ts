/**
 * A long job in browser mode: a glossary import big enough to take several seconds shows the progress
 * panel (screenshots at 1440×900 and 1024×700 in test-results/), and Cancel leaves the glossary as it was.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { syntheticTsv } from '../helpers/synthetic-glossary';
import { launchBrowser } from './helpers/browser';
import { ensureRendererBuilt } from './helpers/build-renderer';
import { apiCall, ROOT, startWebServer, type WebServer } from './helpers/server';

let server: WebServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const RESULTS = join(ROOT, 'test-results');

beforeAll(async () => {
  await ensureRendererBuilt();
  server = await startWebServer();
  browser = await launchBrowser({ width: 1440, height: 900 });
  page = await browser.context.newPage();
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const entryCount = async (): Promise<number> =>
  (await apiCall<{ total: number }>(server, 'glossary.list', { limit: 1 })).total;

describe('long jobs in the browser', () => {
  test('a glossary import shows its progress and Cancel leaves the glossary unchanged', async () => {
    await page.click('.nav-tab[data-view="glossary"]');
    const before = await entryCount();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.click('button[data-i18n="glossary.import"]'),
    ]);
    await chooser.setFiles({
      name: 'big-glossary.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from(syntheticTsv(60_000, 1_000_000), 'utf8'),
    });
    // The import dialog first previews what will change (a dry run), then Apply runs the import itself,
    // with the progress panel inside the dialog so that Cancel stays clickable.
    await expect
      .poll(() => page.locator('[data-testid="import-preview-summary"]').textContent(), { timeout: 60_000 })
      .toMatch(/60,?000/);
    await page.click('dialog.import-dialog button[type="submit"]');
    const panel = page.locator('[data-testid="job-progress"]');
    await panel.waitFor({ state: 'visible', timeout: 30_000 });
    // Wait for a counted phase with some work done, so the screenshot shows a partly filled bar.
    await expect
      .poll(() => panel.locator('.job-bar').evaluate((b) => (b as HTMLProgressElement).value), {
        timeout: 60_000,
        interval: 50,
      })
      .toBeGreaterThan(0);
    expect(await panel.locator('.job-title').textContent()).toBe('Importing glossary');
    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: join(RESULTS, 'job-progress-1440x900.png') });
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.screenshot({ path: join(RESULTS, 'job-progress-1024x700.png') });

    await page.click('[data-testid="job-cancel"]');
    await panel.waitFor({ state: 'detached', timeout: 60_000 });
    await page.waitForSelector('text=/Cancelled/', { timeout: 30_000 });
    expect(await entryCount()).toBe(before);
  });
});
