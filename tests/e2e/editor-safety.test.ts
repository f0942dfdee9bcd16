/**
 * Issue 12.1 and 12.8 in real Chromium against the built renderer and the real browser-mode server:
 * undo stays in its segment and never un-confirms; un-confirming is its own command with its own undo;
 * the keyboard reference and the command palette list the shortcuts; of two reports opened in quick
 * succession, the second stays on screen even when the first one's answer comes last.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DocumentDetail, DocumentSummary } from '../../src/shared/model';
import { launchBrowser } from './helpers/browser';
import { ensureRendererBuilt } from './helpers/build-renderer';
import { focusPane, openSegment, paneText, resultShot, waitSaved } from './helpers/page';
import { apiCall, startWebServer, type WebServer } from './helpers/server';

let server: WebServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let doc: DocumentSummary;
const pageErrors: string[] = [];

async function segment(index: number): Promise<{ target: string; status: string }> {
  const d = await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id });
  const s = d.segments[index];
  return { target: s?.target ?? '', status: s?.status ?? '' };
}

const progress = (): Promise<string | null> => page.textContent('.wb-progress-text');
const segmentInfo = (): Promise<string | null> => page.textContent('[data-testid="segment-info"]');

beforeAll(async () => {
  await ensureRendererBuilt();
  server = await startWebServer();
  browser = await launchBrowser({ width: 1440, height: 900 });
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
  });
  doc = (await apiCall<DocumentSummary[]>(server, 'documents.list', {}))[0]!;
  await page.goto(server.url);
  await page.waitForSelector('.doc-row');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('undo per segment (issue 12.1)', () => {
  test('edit 8, Ctrl+Enter, type " that" in 9, Ctrl+Z twice: caret stays in 9, 8 stays confirmed', async () => {
    expect((await segment(7)).status).toBe('new');
    expect((await segment(8)).status).toBe('new');
    await openSegment(page, doc.id, 7);
    await focusPane(page, 'target');
    await page.keyboard.type('The minister spoke', { delay: 5 });
    await page.keyboard.press('Control+Enter');
    await expect.poll(segmentInfo).toContain('Segment 9 of');
    await expect.poll(async () => (await segment(7)).status).toBe('translated');
    const confirmed = await progress();
    expect(confirmed).toMatch(/^1 of/);

    await page.keyboard.type(' that', { delay: 5 });
    await expect.poll(() => paneText(page, 'target')).toContain(' that');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await page.waitForTimeout(300);
    // The caret is still in segment 9 and its " that" is gone; segment 8 and the count are untouched.
    expect(await segmentInfo()).toContain('Segment 9 of');
    expect(await page.evaluate(() => window.location.hash)).toBe(`#/doc/${doc.id}/8`);
    expect(await paneText(page, 'target')).not.toContain(' that');
    expect(await paneText(page, 'target')).toContain('The minister spoke');
    expect(await progress()).toBe(confirmed);
    await waitSaved(page);
    expect(await segment(7)).toEqual({ target: 'The minister spoke', status: 'translated' });
    expect((await segment(8)).target).toBe('');
    await resultShot(page, 'undo-stays-in-segment-1440x900');
  });

  test('undo in a confirmed segment stops at the confirmation; un-confirm is explicit and undoable', async () => {
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(segmentInfo).toContain('Segment 8 of');
    await page.keyboard.press('Control+z');
    await expect
      .poll(() => page.locator('.toast', { hasText: 'Undo stops at the confirmation' }).count())
      .toBe(1);
    await page.waitForTimeout(700);
    expect((await segment(7)).status).toBe('translated');
    expect(await paneText(page, 'target')).toContain('The minister spoke');

    await page.keyboard.press('Control+Shift+Enter');
    await expect.poll(async () => (await segment(7)).status).toBe('draft');
    await expect.poll(progress).toMatch(/^0 of/);
    expect(await segmentInfo()).toContain('Segment 8 of');
    // Its own undo confirms the segment again.
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await segment(7)).status).toBe('translated');
    await expect.poll(progress).toMatch(/^1 of/);
    // Redo repeats the un-confirmation.
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await segment(7)).status).toBe('draft');
    await page.keyboard.press('Control+Enter');
    await expect.poll(async () => (await segment(7)).status).toBe('translated');
  });

  test('typing in a segment and undoing it restores that segment only', async () => {
    await openSegment(page, doc.id, 4);
    await focusPane(page, 'target');
    await page.keyboard.type('Five', { delay: 5 });
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(segmentInfo).toContain('Segment 6 of');
    await page.keyboard.type('Six', { delay: 5 });
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await waitSaved(page);
    expect((await segment(5)).target).toBe('');
    expect((await segment(4)).target).toBe('Five');
    await page.keyboard.press('Control+Shift+z');
    await waitSaved(page);
    expect((await segment(5)).target).toBe('Six');
    // An undo that arrives as an input event (Electron's Edit menu) takes the same per-segment path.
    await page
      .locator('[data-testid="target-pane"] [role="textbox"]')
      .first()
      .evaluate((el) =>
        el.dispatchEvent(
          new InputEvent('beforeinput', { inputType: 'historyUndo', bubbles: true, cancelable: true }),
        ),
      );
    await waitSaved(page);
    expect((await segment(5)).target).toBe('');
    expect((await segment(4)).target).toBe('Five');
  });
});

describe('shortcuts are discoverable (issue 12.8)', () => {
  test('F1 in the editor opens the keyboard reference with every shortcut, find and replace included', async () => {
    await focusPane(page, 'target');
    await page.keyboard.press('F1');
    const ref = page.locator('[data-testid="keyboard-reference"]');
    await ref.waitFor();
    const text = (await ref.textContent()) ?? '';
    for (const keys of [
      'Ctrl+Enter',
      'Ctrl+Shift+Enter',
      'Ctrl+Z',
      'Ctrl+Shift+Y',
      'Ctrl+F',
      'Ctrl+H',
      'Ctrl+Shift+P',
    ])
      expect(text).toContain(keys);
    await resultShot(page, 'keyboard-reference-1440x900');
    await page.keyboard.press('Escape');
    await ref.waitFor({ state: 'detached' });
  });

  test('? outside a text field opens it too; inside the editor it is just a character', async () => {
    await page.click('.nav-tab[data-view="documents"]');
    await page.waitForSelector('.doc-row');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Shift+Slash');
    await page.locator('[data-testid="keyboard-reference"]').waitFor();
    await page.keyboard.press('Escape');
    await openSegment(page, doc.id, 2);
    await focusPane(page, 'target');
    await page.keyboard.type('Why?', { delay: 5 });
    expect(await page.locator('[data-testid="keyboard-reference"]').count()).toBe(0);
    await expect.poll(() => paneText(page, 'target')).toContain('Why?');
    await waitSaved(page);
  });

  test('the command palette (Ctrl+Shift+P) lists the segment commands and find/replace', async () => {
    await focusPane(page, 'target');
    await page.keyboard.press('Control+Shift+P');
    const palette = page.locator('.quick-input-widget');
    await palette.waitFor();
    await page.keyboard.type('segment');
    const labels = page.locator('.quick-input-list .monaco-list-row');
    await expect
      .poll(() => labels.allTextContents())
      .toContainEqual(expect.stringContaining('Un-confirm segment'));
    await resultShot(page, 'command-palette-1440x900');
    await page.keyboard.press('Control+a');
    // The palette's prefix ('>') went with the select-all: commands again.
    await page.keyboard.type('>replace');
    await expect.poll(() => labels.allTextContents()).toContainEqual(expect.stringContaining('Replace'));
    await page.keyboard.press('Escape');
  });

  test('two reports opened in quick succession: the second is shown even when the first answers last', async () => {
    const [first, second] = await apiCall<DocumentSummary[]>(server, 'documents.list', {});
    // The first report's documents.get is held back until the second report is on screen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/api/documents.get', async (route) => {
      const input = JSON.parse(route.request().postData() ?? '{}') as { id?: number };
      if (input.id === first!.id) await held;
      await route.continue();
    });
    try {
      await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), first!.id);
      await page.evaluate((id) => (window.location.hash = `#/doc/${id}`), second!.id);
      await expect.poll(() => page.textContent('[data-testid="doc-title"]')).toBe(second!.name);
      release();
      // The first report's answer arrives now; the screen must stay on the second.
      await page.waitForTimeout(500);
      expect(await page.textContent('[data-testid="doc-title"]')).toBe(second!.name);
      expect(page.url()).toContain(`#/doc/${second!.id}`);
    } finally {
      release();
      await page.unroute('**/api/documents.get');
    }
  });

  test('no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
