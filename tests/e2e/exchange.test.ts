/**
 * The exchange dialogs in browser mode, as a translator meets them: the export dialog (the article's
 * choices for unconfirmed segments, the status filter for bilingual files, the "not confirmed" answer when
 * the article is not finished) and the import preview of a glossary whose Persian term we already render
 * otherwise, with the conflict choice. Screenshots at 1440×900 and 1024×700 in tests/e2e/screenshots/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchBrowser } from './helpers/browser';
import { ensureRendererBuilt } from './helpers/build-renderer';
import { screenshot } from './helpers/page';
import { apiCall, startWebServer, type WebServer } from './helpers/server';

let server: WebServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;

const REPORT = 'دیدار وزیران دفاع\nوزیر دفاع گفت. این دیدار مهم بود.\nروابط گسترش می‌یابد.\n';
const ENGLISH = ['Defence ministers meet', 'The defence minister said.', 'The meeting was important.'];

beforeAll(async () => {
  await ensureRendererBuilt();
  server = await startWebServer();
  const { document } = await apiCall<{ document: { id: number } }>(server, 'documents.import', {
    fileName: 'report.txt',
    contentBase64: Buffer.from(REPORT, 'utf8').toString('base64'),
  });
  // Three of the four segments confirmed: the article export has one to ask about.
  for (const [index, target] of ENGLISH.entries())
    await apiCall(server, 'segments.saveTarget', {
      documentId: document.id,
      index,
      target,
      status: 'translated',
    });
  await apiCall(server, 'glossary.add', {
    entry: {
      subject: 'military',
      terms: [
        { lang: 'fa', text: 'ناوگروه اعزامی', status: 'preferred' },
        { lang: 'en', text: 'naval task force', status: 'preferred' },
      ],
    },
  });
  browser = await launchBrowser({ width: 1440, height: 900 });
  page = await browser.context.newPage();
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Both sizes the layout is judged at; the page is left at 1440×900. */
async function shots(name: string): Promise<void> {
  await screenshot(page, `${name}-1440x900`);
  await page.setViewportSize({ width: 1024, height: 700 });
  await screenshot(page, `${name}-1024x700`);
  await page.setViewportSize({ width: 1440, height: 900 });
}

const dialog = () => page.locator('dialog[open]');

describe('export and import dialogs', () => {
  test('the export dialog offers the article choices, the status filter, and names unconfirmed segments', async () => {
    await page.click('.nav-tab[data-view="documents"]');
    const row = page.locator('[data-testid="document-list"] > *', { hasText: 'report.txt' });
    await row.locator('[data-testid="export-document"]').click();
    await dialog().waitFor();
    await page.selectOption('[data-testid="export-format"]', 'docx');
    const policy = page.locator('[data-testid="unconfirmed-policy"]');
    expect(await policy.isVisible()).toBe(true);
    expect(await page.locator('[data-testid="export-status"]').isVisible()).toBe(false);
    expect(await policy.locator('input[type="radio"]').count()).toBe(4);
    await shots('export-dialog-article');

    // The default refuses an unfinished article: the dialog stays open and says which segment is not done.
    await dialog().locator('button[type="submit"]').click();
    const error = dialog().locator('.dialog-error');
    await expect.poll(() => error.textContent(), { timeout: 30_000 }).toMatch(/\b4\b/);
    expect(await error.textContent()).toMatch(/confirm/i);
    expect(await dialog().isVisible()).toBe(true);
    await shots('export-dialog-unconfirmed');

    await page.selectOption('[data-testid="export-format"]', 'tmx');
    // The refusal answered the article format; a TMX has its own rules, so the old error must not linger.
    expect(await error.textContent()).toBe('');
    expect(await policy.isVisible()).toBe(false);
    expect(await page.locator('[data-testid="export-status"]').isVisible()).toBe(true);
    await page.selectOption('[data-testid="export-status"]', 'confirmed');
    await shots('export-dialog-status');
    await page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
  });

  test('a glossary import previews its conflict, and the chosen strategy is what is applied', async () => {
    await page.click('.nav-tab[data-view="documents"]');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.click('[data-testid="import-exchange"]'),
    ]);
    await chooser.setFiles({
      name: 'partner.tsv',
      mimeType: 'text/tab-separated-values',
      buffer: Buffer.from('ناوگروه اعزامی\tdeployed flotilla\nوزیر دفاع\tdefence minister\n', 'utf8'),
    });
    const summary = page.locator('[data-testid="import-preview-summary"]');
    await expect.poll(() => summary.textContent(), { timeout: 30_000 }).toMatch(/\b1 conflict,/);
    const details = page.locator('[data-testid="import-preview-details"] li');
    expect(await details.first().textContent()).toContain('naval task force');
    await shots('import-preview-conflict');

    await page.selectOption('[data-testid="conflict-strategy"]', 'add-as-admitted');
    await expect.poll(() => details.first().textContent(), { timeout: 30_000 }).not.toMatch(/fail/i);
    await shots('glossary-conflict-choice');
    await dialog().locator('button[type="submit"]').click();
    await dialog().waitFor({ state: 'detached', timeout: 30_000 });

    const { entries } = await apiCall<{
      entries: { terms: { lang: string; text: string; status: string }[] }[];
    }>(server, 'glossary.list', { query: 'ناوگروه اعزامی' });
    const terms = entries[0]?.terms ?? [];
    expect(terms).toContainEqual(
      expect.objectContaining({ lang: 'en', text: 'naval task force', status: 'preferred' }),
    );
    expect(terms).toContainEqual(
      expect.objectContaining({ lang: 'en', text: 'deployed flotilla', status: 'admitted' }),
    );
  });

  test('a TMX import says which memory the file goes into', async () => {
    await page.click('.nav-tab[data-view="documents"]');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.click('[data-testid="import-exchange"]'),
    ]);
    await chooser.setFiles(join(__dirname, '..', 'fixtures', 'tm', 'omegat.tmx'));
    const summary = page.locator('[data-testid="import-preview-summary"]');
    await expect
      .poll(() => summary.textContent(), { timeout: 30_000 })
      .toBe('Will add 2 translation units to a new reference memory, “omegat”.');
    await shots('import-preview-tmx');
    await dialog().locator('button[type="submit"]').click();
    await dialog().waitFor({ state: 'detached', timeout: 30_000 });
    const list = await apiCall<{ name: string; units: number }[]>(server, 'tm.list', {});
    expect(list).toContainEqual(expect.objectContaining({ name: 'omegat', units: 2 }));
  });

  test('in Persian the export dialog reads right to left', async () => {
    await page.click('[data-testid="switch-language"]');
    await page.waitForFunction(() => document.documentElement.dir === 'rtl');
    await page.click('.nav-tab[data-view="documents"]');
    const row = page.locator('[data-testid="document-list"] > *', { hasText: 'report.txt' });
    await row.locator('[data-testid="export-document"]').click();
    await dialog().waitFor();
    await page.selectOption('[data-testid="export-format"]', 'docx');
    expect(await dialog().evaluate((d) => getComputedStyle(d).direction)).toBe('rtl');
    await shots('export-dialog-fa');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="switch-language"]');
    await page.waitForFunction(() => document.documentElement.dir === 'ltr');
  });
});
