/**
 * The QA workflow as a translator meets it, in real Chromium over the real server and database:
 * - the QA report filtered to one check, and the QA profile edited in the QA view (a check switched off,
 *   another made an error), stored in the database and used by the next run;
 * - F8 in the editor lands on a finding, the side panel lists it, Ctrl+F8 and the panel's button mark
 *   findings "not an error", and the report shows them dismissed;
 * - the live misspelling mark on «خرنینگ» in the Persian pane, its hover, and the glossary English
 *   inserted into the translation from the side panel;
 * - a link to the QA view is followed even when the editor rewrites the URL to its segment meanwhile.
 * Screenshots at 1440×900 and 1024×700: qa-filtered-*, qa-profile-*, qa-f8-ignore-*, qa-misspelling-*.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DocumentSummary, QaIssue, QaProfile } from '../../src/shared/model';
import { launchBrowser } from './helpers/browser';
import { ensureRendererBuilt } from './helpers/build-renderer';
import { focusPane, openSegment, paneText, screenshot } from './helpers/page';
import { apiCall, startWebServer, type WebServer } from './helpers/server';

let server: WebServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let doc: DocumentSummary;
let otherDoc: DocumentSummary;

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1024, height: 700 },
] as const;

/** Screenshots at both sizes, back at 1440×900 after. */
async function shots(name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.waitForTimeout(300);
    await screenshot(page, `${name}-${size.width}`);
  }
  await page.setViewportSize(SIZES[0]);
}

beforeAll(async () => {
  await ensureRendererBuilt();
  server = await startWebServer();
  const docs = await apiCall<DocumentSummary[]>(server, 'documents.list', {});
  doc = docs.find((d) => d.name.startsWith('000')) ?? docs[0]!;
  otherDoc = docs.find((d) => d.name.startsWith('001'))!;
  for (const index of [3, 7]) {
    await apiCall(server, 'segments.saveTarget', {
      documentId: doc.id,
      index,
      target: 'He said that that the the relations were good.',
    });
  }
  browser = await launchBrowser();
  page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.doc-row');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const activeSegment = async (): Promise<string> => (await page.locator('.seg-info-num').textContent()) ?? '';

describe('QA in the app', { timeout: 180_000 }, () => {
  test('the report filtered by check, and the QA profile edited in the QA view', async () => {
    await page.evaluate((id) => (window.location.hash = `#/qa/${id}`), doc.id);
    await page.waitForSelector('[data-testid="qa-summary"]');
    await page.selectOption('[data-testid="qa-scope"]', 'all');
    await page.click('[data-testid="qa-run"]');
    await page.waitForSelector('.qa-row');
    await page.selectOption('[data-testid="qa-filter-check"]', 'doubled-word');
    await expect.poll(() => page.locator('.qa-row').count()).toBe(2);
    await shots('qa-filtered');

    await page.selectOption('[data-testid="qa-filter-check"]', 'all');
    await page.click('[data-testid="qa-profile-open"]');
    await page.waitForSelector('[data-testid="qa-profile"]');
    await page.uncheck('[data-testid="qa-profile-enabled-untranslated"]');
    await page.selectOption('[data-testid="qa-profile-severity-doubled-word"]', 'error');
    await shots('qa-profile');
    await page.click('.qa-profile-dialog button[type="submit"]');
    await page.waitForSelector('[data-testid="qa-profile"]', { state: 'detached' });

    // Stored, and the report ran again with it: no untranslated rows, the doubled words are errors.
    const stored = await apiCall<QaProfile>(server, 'qa.getProfile', {});
    expect(stored.checks.untranslated).toEqual({ enabled: false, severity: 'warning' });
    expect(stored.checks['doubled-word']?.severity).toBe('error');
    await expect.poll(() => page.locator('[data-testid="qa-untranslated-group"]').count()).toBe(0);
    await expect.poll(() => page.locator('.qa-row.sev-error').count()).toBeGreaterThanOrEqual(2);
  });

  test('F8 lands on a finding; Ctrl+F8 and the side panel mark findings “not an error”', async () => {
    await openSegment(page, doc.id, 0);
    await focusPane(page, 'target');
    await page.keyboard.press('F8');
    await expect.poll(activeSegment, { timeout: 30_000 }).toMatch(/^Segment 4 of/);
    const items = page.locator('[data-testid="finding-panel"] .finding-item');
    await expect.poll(() => items.count()).toBeGreaterThanOrEqual(2);
    const before = await items.count();
    await shots('qa-f8-ignore');

    await focusPane(page, 'target');
    await page.keyboard.press('Control+F8');
    await expect.poll(() => items.count()).toBe(before - 1);
    await page.locator('[data-testid="finding-ignore"]').first().click();
    await expect.poll(() => items.count()).toBe(before - 2);

    // The report shows both as dismissed, with the same keys.
    const issues = await apiCall<QaIssue[]>(server, 'qa.run', { documentIds: [doc.id] });
    expect(issues.filter((i) => i.segment === 3 && i.ignored)).toHaveLength(2);
    await page.evaluate((id) => (window.location.hash = `#/qa/${id}`), doc.id);
    await page.waitForSelector('[data-testid="qa-filter-status"]');
    await page.selectOption('[data-testid="qa-filter-status"]', 'ignored');
    await expect.poll(() => page.locator('.qa-row.is-ignored').count()).toBe(2);
  });

  test('a misspelt name is marked in the Persian pane and its English inserted from the side panel', async () => {
    await openSegment(page, doc.id, 0);
    const mark = page.locator('[data-testid="source-pane"] .misspelt-name').first();
    await mark.waitFor({ timeout: 15_000 });
    const panel = page.locator('[data-testid="misspelling-panel"]');
    await expect.poll(() => panel.textContent()).toContain('خرنین');
    await mark.hover();
    await expect
      .poll(() => page.locator('.monaco-hover').first().textContent(), { timeout: 10_000 })
      .toMatch(/Possible misspelling of «\u2068?خرنین\u2069?»[\s\S]*Viktor Khrenin/);
    await shots('qa-misspelling');
    await page.locator('[data-testid="misspelling-insert"]').first().click();
    await expect.poll(() => paneText(page, 'target')).toContain('Viktor Khrenin');

    // After F8 the misspelling is also a QA finding: "Not an error" on its note takes the wavy line away.
    await focusPane(page, 'target');
    await page.keyboard.press('F8');
    await expect.poll(activeSegment, { timeout: 30_000 }).not.toMatch(/^Segment 1 of/);
    await openSegment(page, doc.id, 0);
    const dismiss = panel.locator('[data-testid="finding-ignore"]').first();
    await dismiss.waitFor({ timeout: 10_000 });
    const marks = page.locator('[data-testid="source-pane"] .misspelt-name');
    const before = await marks.count();
    await dismiss.click();
    await expect.poll(() => marks.count()).toBe(before - 1);

    // Report 001 has no misspelt name: its segments must not keep showing report 000's note.
    await openSegment(page, otherDoc.id, 5);
    await expect.poll(() => panel.isHidden()).toBe(true);
  });

  test('a forbidden rendering shows on its term in the side panel, as the pane underlines it', async () => {
    // Segment 1 names the minister; its draft now has his English from the test before.
    await openSegment(page, doc.id, 0);
    await focusPane(page, 'target');
    await page.keyboard.press('End');
    await page.keyboard.type(' (Khrening)');
    await page.locator('[data-testid="target-pane"] .en-forbidden').first().waitFor();
    const card = page.locator('[data-testid="term-panel"] .term-item.is-forbidden');
    await expect.poll(() => card.count()).toBe(1);
    await expect
      .poll(() => card.locator('[data-testid="term-forbidden"]').textContent())
      .toContain('Khrening');
    await card.scrollIntoViewIfNeeded();
    await shots('qa-forbidden-side');
  });

  test('a link to the QA view is followed even when the editor rewrites its URL at that moment', async () => {
    await openSegment(page, doc.id, 0);
    // The editor keeps the URL on its active segment (replaceState, e.g. after a language switch); here
    // it does so after the QA hash is set and before the hashchange is handled, as a busy page can.
    await page.evaluate((id) => {
      window.location.hash = `#/qa/${id}`;
      window.history.replaceState(window.history.state, '', `#/doc/${id}/0`);
    }, doc.id);
    await expect.poll(() => page.evaluate(() => document.body.dataset.view)).toBe('qa');
    await page.locator('.qa-page .qa-row').first().waitFor();
    // …and the URL names the view shown, so a reload or a link back to the segment works.
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/qa/${doc.id}`);
  });

  test('in Persian the QA view and its profile dialog read right to left', async () => {
    await openSegment(page, doc.id, 0);
    await page.click('[data-testid="switch-language"]');
    await page.evaluate((id) => (window.location.hash = `#/qa/${id}`), doc.id);
    await expect.poll(() => page.evaluate(() => document.body.dataset.view)).toBe('qa');
    await page.locator('.qa-page .qa-row').first().waitFor();
    await page.click('[data-testid="qa-profile-open"]');
    await page.waitForSelector('[data-testid="qa-profile"]');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('.qa-profile-dialog .dialog-title').textContent()).toBe('نمایهٔ بررسی کیفیت');
    await shots('qa-profile-fa');
    await page.keyboard.press('Escape');
    await page.click('[data-testid="switch-language"]');
  });
});
