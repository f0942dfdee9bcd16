/**
 * F8 / Shift+F8 in the editor: the next / previous QA finding of the open document, with its message shown.
 * Drafts with mistakes are typed into segments 4 and 8 of the first report (through the API); F8 from
 * segment 1 goes to 4, again to 8, Shift+F8 back to 4 (untranslated segments are not stops).
 * Screenshot: qa-f8.png.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DocumentSummary } from '../../src/shared/model';
import { launchBrowser } from './helpers/browser';
import { ensureRendererBuilt } from './helpers/build-renderer';
import { focusPane, openSegment, screenshot } from './helpers/page';
import { apiCall, startWebServer, type WebServer } from './helpers/server';

let server: WebServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let doc: DocumentSummary;

beforeAll(async () => {
  await ensureRendererBuilt();
  server = await startWebServer();
  doc = (await apiCall<DocumentSummary[]>(server, 'documents.list', {}))[0]!;
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
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const activeSegment = async (): Promise<string> => (await page.locator('.seg-info-num').textContent()) ?? '';

describe('F8 in the editor', () => {
  test('jumps to the next and previous QA finding of the document', async () => {
    await page.waitForSelector('.doc-row');
    await openSegment(page, doc.id, 0);
    await focusPane(page, 'target');
    await page.keyboard.press('F8');
    // The first run checks the whole corpus (consistency is judged across documents): allow it time.
    await expect.poll(activeSegment, { timeout: 30_000 }).toMatch(/^Segment 4 of/);
    // The finding is named where the translator looks (the draft lacks the segment's terms).
    await expect
      .poll(() => page.locator('.toast').last().textContent())
      .toMatch(/expected “.*” in the translation/);
    await screenshot(page, 'qa-f8');
    await page.keyboard.press('F8');
    await expect.poll(activeSegment, { timeout: 30_000 }).toMatch(/^Segment 8 of/);
    await page.keyboard.press('Shift+F8');
    await expect.poll(activeSegment, { timeout: 30_000 }).toMatch(/^Segment 4 of/);
  });
});
