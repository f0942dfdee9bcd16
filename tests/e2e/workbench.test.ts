/**
 * The translator's day in the browser mode: the real server on a fresh database, the built renderer
 * (built here if out/renderer is missing or stale), Debian's Chromium through playwright-core.
 * Screenshots of the main states go to tests/e2e/screenshots/ (git-ignored).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildMatcher, matcherTermsFromEntries } from '../../src/core/glossary';
import type { DocumentDetail, DocumentSummary, Entry } from '../../src/shared/model';
import { launchBrowser } from './helpers/browser';
import { ensureRendererBuilt } from './helpers/build-renderer';
import { clickToolbarCommand, focusPane, openSegment, paneText, screenshot, waitSaved } from './helpers/page';
import { apiCall, startWebServer, type WebServer } from './helpers/server';

let server: WebServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let docs: DocumentSummary[];
let entries: Entry[];
const pageErrors: string[] = [];

const SARLASHKAR = 'سرلشکر';

function docWith(text: string, details: DocumentDetail[]): DocumentDetail {
  const d = details.find((x) => x.segments.some((s) => s.source.includes(text)));
  if (!d) throw new Error(`no corpus document contains ${text}`);
  return d;
}

async function details(): Promise<DocumentDetail[]> {
  return Promise.all(docs.map((d) => apiCall<DocumentDetail>(server, 'documents.get', { id: d.id })));
}

beforeAll(async () => {
  await ensureRendererBuilt();
  server = await startWebServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  // CSP violations and failed loads show up as console errors.
  page.on('console', (m) => {
    if (m.type() === 'error') pageErrors.push(`console: ${m.text()}`);
  });
  docs = await apiCall<DocumentSummary[]>(server, 'documents.list', {});
  entries = (await apiCall<{ entries: Entry[] }>(server, 'glossary.snapshot', {})).entries;
  await page.goto(server.url);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('browser mode workbench', () => {
  test('lists the corpus with progress and keeps the token out of the URL', async () => {
    await page.waitForSelector('.doc-row');
    expect(await page.locator('.doc-row').count()).toBe(docs.length);
    expect(page.url()).not.toContain('token=');
    expect(await page.locator('.stacked-bar').count()).toBe(docs.length);
    await screenshot(page, '01-documents');
  });

  test('opens a report with «سرلشکر» decorated in the right-to-left Persian pane', async () => {
    const doc = docWith(SARLASHKAR, await details());
    await page.click(`.doc-row[data-doc-id="${doc.id}"] .doc-name`);
    await page.waitForSelector('[data-testid="source-pane"] .term');
    const seg = doc.segments.find((s) => s.source.includes(SARLASHKAR))!;
    await openSegment(page, doc.id, seg.index);
    const hit = page.locator('[data-testid="source-pane"] .term', { hasText: SARLASHKAR }).first();
    await hit.waitFor();
    // Right-to-left lines: the text ends near the pane's right edge, not its left.
    const geo = await page.evaluate(() => {
      const pane = document.querySelector('[data-testid="source-pane"] .view-lines')!.getBoundingClientRect();
      const spans = [...document.querySelectorAll('[data-testid="source-pane"] .view-line > span')].map((s) =>
        s.getBoundingClientRect(),
      );
      const text = spans.filter((r) => r.width > 200);
      return {
        paneRight: pane.right,
        paneLeft: pane.left,
        rights: text.map((r) => r.right),
        lefts: text.map((r) => r.left),
      };
    });
    expect(geo.rights.length).toBeGreaterThan(0);
    for (const r of geo.rights) expect(geo.paneRight - r).toBeLessThan(40);
    const font = await hit.evaluate((el) => getComputedStyle(el).fontFamily);
    expect(font).toContain('Vazirmatn');
    expect(await page.evaluate(() => document.fonts.check("17px 'Vazirmatn'", 'سرلشکر'))).toBe(true);
    // The side panel lists the segment's terms, «سرلشکر» among them.
    await expect
      .poll(() => page.locator('[data-testid="term-panel"] .term-fa').allTextContents())
      .toContainEqual(expect.stringContaining(SARLASHKAR));
    await hit.hover();
    await page.waitForSelector('.monaco-hover-content', { timeout: 5000 });
    await screenshot(page, '02-editor-term-hover');
  });

  test('panes stay aligned line for line', async () => {
    const tops = await page.evaluate(() => {
      const read = (pane: string): Record<string, number> => {
        const out: Record<string, number> = {};
        for (const el of document.querySelectorAll<HTMLElement>(
          `[data-testid="${pane}-pane"] .line-numbers`,
        )) {
          if (el.textContent) out[el.textContent] = el.getBoundingClientRect().top;
        }
        return out;
      };
      return { src: read('source'), tgt: read('target') };
    });
    const common = Object.keys(tops.src).filter((k) => k in tops.tgt);
    expect(common.length).toBeGreaterThan(2);
    for (const k of common) expect(Math.abs((tops.src[k] ?? 0) - (tops.tgt[k] ?? 0))).toBeLessThan(1);
  });

  test('types a draft, autosaves it, confirms with Ctrl+Enter and finds it after a reload', async () => {
    const doc = docs[0]!;
    await openSegment(page, doc.id, 0);
    await focusPane(page, 'target');
    const draft = 'According to the report, the defence minister spoke.';
    await page.keyboard.type(draft, { delay: 5 });
    await expect.poll(() => page.getAttribute('[data-testid="save-state"]', 'data-state')).not.toBe('saved');
    await waitSaved(page);
    let saved = await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id });
    expect(saved.segments[0]?.target).toBe(draft);
    expect(saved.segments[0]?.status).toBe('draft');

    await page.keyboard.press('Control+Enter');
    await expect
      .poll(
        async () =>
          (await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id })).segments[0]?.status,
      )
      .toBe('translated');
    // The caret moved on to the next untranslated segment.
    await expect.poll(() => page.textContent('[data-testid="segment-info"]')).toContain('2');

    // Typed and reloaded at once: the last keystrokes are flushed when the page goes away.
    const quick = 'Quick note';
    await page.keyboard.type(quick, { delay: 5 });
    await page.reload();
    await page.waitForSelector('[data-testid="target-pane"] .view-line');
    await expect.poll(() => paneText(page, 'target')).toContain(draft);
    saved = await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id });
    expect(saved.segments[1]?.target).toBe(quick);
    expect(await paneText(page, 'target')).toContain(quick);
    await expect
      .poll(() => page.locator('[data-testid="target-pane"] .seg-translated').count())
      .toBeGreaterThan(0);
    await screenshot(page, '03-draft-confirmed-after-reload');
  });

  test('keeps one segment per line: Enter moves on, pasted newlines fold, joins are refused', async () => {
    const doc = docs[0]!;
    await openSegment(page, doc.id, 2);
    const input = page.locator('[data-testid="target-pane"] [role="textbox"]').first();
    await input.focus();
    const before = (await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id })).segments;
    await page.keyboard.type('Third');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.textContent('[data-testid="segment-info"]')).toContain('4');
    // Backspace at the start of a line would join it with the previous one.
    await page.keyboard.press('Home');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('Fourth');
    // A multi-line paste becomes one line of the current segment.
    await input.evaluate((el) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', ' pasted\nacross\r\nlines');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    // Select across segments and type over the selection: refused, text restored.
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.press('Shift+ArrowUp');
    await page.keyboard.type('X');
    await page.waitForTimeout(100);
    await waitSaved(page);
    const after = (await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id })).segments;
    expect(after.length).toBe(before.length);
    expect(after[1]?.target).toBe(before[1]?.target);
    expect(after[2]?.target).toBe('Third');
    expect(after[3]?.target).toBe('Fourth pasted across lines');
    expect(after[4]?.target).toBe(before[4]?.target);
    const text = await paneText(page, 'target');
    expect(text).toContain('Third');
    expect(text).toContain('Fourth pasted across lines');
  });

  test('a missing term is flagged as the translator types and cleared when it is used', async () => {
    const doc = docWith(SARLASHKAR, await details());
    const seg = doc.segments.find((s) => s.source.includes(SARLASHKAR))!;
    const matcher = buildMatcher(matcherTermsFromEntries(entries));
    const hit = matcher
      .match(seg.source)
      .find((h) => h.text.includes(SARLASHKAR) || h.term.includes(SARLASHKAR))!;
    expect(hit).toBeTruthy();
    await openSegment(page, doc.id, seg.index);
    await focusPane(page, 'target');
    await page.keyboard.press('End');
    await page.keyboard.type('The commander said', { delay: 5 });
    const missing = page.locator('[data-testid="source-pane"] .term-missing', { hasText: SARLASHKAR });
    await missing.first().waitFor();
    await expect
      .poll(() => page.locator('[data-testid="target-pane"] .en-missing').count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('[data-testid="term-panel"] .term-item.is-missing').count())
      .toBeGreaterThan(0);
    await screenshot(page, '04-missing-term-warning');
    await page.keyboard.type(` ${hit.english}`, { delay: 5 });
    await expect.poll(() => missing.count()).toBe(0);
    expect(
      await page
        .locator('[data-testid="target-pane"] .en-found', { hasText: hit.english.split(' ')[0] })
        .count(),
    ).toBeGreaterThan(0);
    await waitSaved(page);
  });

  test('adds a term from a Persian selection and highlights it in another document', async () => {
    const all = await details();
    const matcher = buildMatcher(matcherTermsFromEntries(entries));
    // A word that is not a term yet and occurs in two documents.
    let pick: { word: string; from: DocumentDetail; seg: number; other: DocumentDetail } | null = null;
    for (const d of all) {
      for (const s of d.segments) {
        for (const word of s.source.split(/[\s،.:؛«»()]+/)) {
          if (word.length < 6 || !/^[\u0600-\u06ff]+$/.test(word) || matcher.match(word).length > 0) continue;
          if (matcher.match(s.source).some((h) => h.text.includes(word))) continue;
          const other = all.find(
            (o) => o.id !== d.id && o.segments.some((x) => x.source.split(/[\s،.:؛«»()]+/).includes(word)),
          );
          if (other) pick = { word, from: d, seg: s.index, other };
          if (pick) break;
        }
        if (pick) break;
      }
      if (pick) break;
    }
    expect(pick).not.toBeNull();
    const { word, from, seg, other } = pick!;
    await openSegment(page, from.id, seg);
    // Double-click the word in the Persian pane: Monaco selects the word under the mouse.
    const box = await page.evaluate((w) => {
      for (const line of document.querySelectorAll('[data-testid="source-pane"] .view-line')) {
        const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = (n.textContent ?? '').replace(/\u00a0/g, ' ');
          const re = new RegExp(`(^|[\\s،.:؛«»()])${w}($|[\\s،.:؛«»()])`);
          const m = re.exec(text);
          if (!m) continue;
          const at = m.index + m[1]!.length;
          const r = document.createRange();
          r.setStart(n, at);
          r.setEnd(n, at + w.length);
          const b = r.getBoundingClientRect();
          if (b.width > 0) return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
        }
      }
      return null;
    }, word);
    expect(box).not.toBeNull();
    await page.mouse.dblclick(box!.x, box!.y);
    await page.click('[data-testid="add-term"]');
    const dialog = page.locator('dialog.add-term-dialog');
    await dialog.waitFor();
    expect(await dialog.locator('input[name="fa"]').inputValue()).toBe(word);
    await dialog.locator('input[name="en"]').fill('e2e test term');
    await dialog.locator('textarea[name="note"]').fill('added by the e2e test');
    await screenshot(page, '05-add-term-dialog');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.locator('[data-testid="source-pane"] .term', { hasText: word }).first().waitFor();

    const otherSeg = other.segments.find((s) => s.source.includes(word))!;
    await openSegment(page, other.id, otherSeg.index);
    await page.locator('[data-testid="source-pane"] .term', { hasText: word }).first().waitFor();
    await screenshot(page, '06-new-term-in-other-document');
  });

  test('long documents are edited a window at a time; moving past the edge opens the next window', async () => {
    const corpus = (await details()).map((d) => d.text.trim()).join('\n\n');
    const text = Array.from({ length: 6 }, () => corpus).join('\n\n');
    const { document: big } = await apiCall<{ document: DocumentSummary }>(server, 'documents.import', {
      fileName: 'long-report.txt',
      contentBase64: Buffer.from(text, 'utf8').toString('base64'),
    });
    expect(big.segmentCount).toBeGreaterThan(300);
    await openSegment(page, big.id, 249);
    const pager = page.locator('[data-testid="pager"] .pager-text');
    await expect.poll(() => pager.textContent()).toMatch(/1–250/);
    await page.keyboard.press('Alt+ArrowDown');
    await expect.poll(() => pager.textContent()).toMatch(/251–/);
    await expect.poll(() => page.textContent('[data-testid="segment-info"]')).toContain('251');
    await page.keyboard.type('Next window');
    await page.keyboard.press('Alt+ArrowUp');
    await expect.poll(() => pager.textContent()).toMatch(/1–250/);
    await waitSaved(page);
    const saved = await apiCall<DocumentDetail>(server, 'documents.get', { id: big.id });
    expect(saved.segments[250]?.target).toBe('Next window');
  });

  test('the Persian source can be unlocked and corrected', async () => {
    const doc = docs[2]!;
    await openSegment(page, doc.id, 0);
    await clickToolbarCommand(page, 'unlock-source');
    await focusPane(page, 'source');
    await page.keyboard.press('End');
    await page.keyboard.type(' اصلاح');
    await waitSaved(page);
    const saved = await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id });
    expect(saved.segments[0]?.source.endsWith(' اصلاح')).toBe(true);
    await clickToolbarCommand(page, 'unlock-source');
    // Locked again: typing in the source does nothing.
    await focusPane(page, 'source');
    await page.keyboard.type('x');
    await page.waitForTimeout(700);
    const again = await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id });
    expect(again.segments[0]?.source).toBe(saved.segments[0]?.source);
  });

  test('exports the translation of the open document as a download', async () => {
    const doc = docs[0]!;
    await openSegment(page, doc.id, 0);
    await page.selectOption('[data-testid="export-format"]', 'tsv');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="export"]'),
    ]);
    const path = await download.path();
    const content = readFileSync(path, 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.tsv$/);
    expect(content).toContain('According to the report, the defence minister spoke.');
  });

  test('the glossary view searches, edits and deletes entries', async () => {
    await page.click('.nav-tab[data-view="glossary"]');
    await page.waitForSelector('[data-testid="glossary-table"] tbody tr');
    await page.fill('[data-testid="glossary-search"]', 'e2e test term');
    await expect
      .poll(() => page.locator('[data-testid="glossary-table"] tbody tr[data-entry]').count())
      .toBe(1);
    const row = page.locator('[data-testid="glossary-table"] tbody tr[data-entry]').first();
    await row.locator('button', { hasText: 'Edit' }).click();
    const dialog = page.locator('dialog.entry-dialog');
    await dialog.waitFor();
    await dialog.locator('[data-testid="entry-note"]').fill('edited in the glossary view');
    await dialog.locator('button[type="submit"]').click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => row.locator('.note-cell').textContent()).toBe('edited in the glossary view');
    await page.fill('[data-testid="glossary-search"]', '');
    await page.waitForTimeout(400);
    await screenshot(page, '10-glossary');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid="glossary-export"]'),
    ]);
    expect(readFileSync(await download.path(), 'utf8')).toContain('edited in the glossary view');
    await page.fill('[data-testid="glossary-search"]', 'e2e test term');
    await expect
      .poll(() => page.locator('[data-testid="glossary-table"] tbody tr[data-entry]').count())
      .toBe(1);
    await row.locator('button', { hasText: 'Delete' }).click();
    await page.locator('dialog button[type="submit"]').click();
    await expect
      .poll(() => page.locator('[data-testid="glossary-table"] tbody tr[data-entry]').count())
      .toBe(0);
    const after = (await apiCall<{ entries: Entry[] }>(server, 'glossary.snapshot', {})).entries;
    expect(after.some((e) => e.terms.some((t) => t.text === 'e2e test term'))).toBe(false);
  });

  test('the term panel inserts a term on click, and Ctrl+Shift+Y inserts the one at the caret', async () => {
    const doc = docWith(SARLASHKAR, await details());
    const seg = doc.segments.find((x) => x.source.includes(SARLASHKAR) && x.target === '')!;
    await openSegment(page, doc.id, seg.index);
    const first = page.locator('[data-testid="term-panel"] .term-insert').first();
    const english = (await first.textContent()) ?? '';
    await first.click();
    await expect
      .poll(
        async () =>
          (await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id })).segments[seg.index]
            ?.target,
      )
      .toBe(english);
    // Caret on «سرلشکر» in the Persian pane: the shortcut inserts that term's English.
    const matcher = buildMatcher(
      matcherTermsFromEntries((await apiCall<{ entries: Entry[] }>(server, 'glossary.snapshot', {})).entries),
    );
    const hit = matcher.match(seg.source).find((h) => h.text.includes(SARLASHKAR))!;
    // Click the «سرلشکر» of the active segment (the pane shows its neighbours too).
    const point = await page.evaluate((word) => {
      const active = [...document.querySelectorAll('[data-testid="source-pane"] .seg-active')].map((e) =>
        e.getBoundingClientRect(),
      );
      const top = Math.min(...active.map((r) => r.top));
      const bottom = Math.max(...active.map((r) => r.bottom));
      for (const el of document.querySelectorAll('[data-testid="source-pane"] .term')) {
        const r = el.getBoundingClientRect();
        const y = r.top + r.height / 2;
        if ((el.textContent ?? '').includes(word) && y > top && y < bottom)
          return { x: r.left + r.width / 2, y };
      }
      return null;
    }, SARLASHKAR);
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await page.keyboard.press('Control+Shift+KeyY');
    await expect
      .poll(
        async () =>
          (await apiCall<DocumentDetail>(server, 'documents.get', { id: doc.id })).segments[seg.index]
            ?.target,
      )
      .toBe(`${english} ${hit.english}`);
  });

  test('imports a report from a file picked in the document list', async () => {
    await page.click('.nav-tab[data-view="documents"]');
    await page.waitForSelector('.doc-row');
    const before = await page.locator('.doc-row').count();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.click('[data-testid="import-document"]'),
    ]);
    await chooser.setFiles({
      name: 'tazeh.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('سرلشکر باقری به تهران بازگشت.\n', 'utf8'),
    });
    await expect.poll(() => page.locator('.doc-row').count()).toBe(before + 1);
    expect(await page.locator('.doc-row .doc-name', { hasText: 'tazeh.txt' }).count()).toBe(1);
  });

  test('QA lists issues, jumps to the segment and dismisses one', async () => {
    await openSegment(page, docs[0]!.id, 0);
    await page.click('button:has-text("Check document")');
    await page.waitForSelector('.qa-row');
    const rows = await page.locator('.qa-row').count();
    expect(rows).toBeGreaterThan(0);
    await screenshot(page, '07-qa');
    const first = page.locator('.qa-row').first();
    await first.locator('button').click();
    await expect.poll(() => page.locator('.qa-row:not(.is-ignored)').count()).toBe(rows - 1);
    await page.locator('.qa-row').first().click();
    await page.waitForSelector('[data-testid="target-pane"] .view-line');
    expect(await page.evaluate(() => document.body.dataset.view)).toBe('editor');
  });

  test('switches the whole interface to Persian, right to left', async () => {
    await page.click('[data-testid="switch-language"]');
    await expect
      .poll(() => page.evaluate(() => [document.documentElement.dir, document.documentElement.lang]))
      .toEqual(['rtl', 'fa']);
    expect(await page.textContent('.nav-tab[data-view="glossary"]')).toBe('واژه‌نامه');
    // Mirrored: the side panel is now on the left of the panes.
    const side = await page.locator('.wb-side').boundingBox();
    const panes = await page.locator('.wb-panes').boundingBox();
    expect(side!.x).toBeLessThan(panes!.x);
    await screenshot(page, '08-persian-ui-editor');
    await page.click('.nav-tab[data-view="documents"]');
    await page.waitForSelector('.doc-row');
    await screenshot(page, '09-persian-ui-documents');
    // The choice is a saved setting: it survives a reload.
    await page.reload();
    await page.waitForSelector('.doc-row');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const settings = await apiCall<{ uiLanguage: string }>(server, 'settings.get', {});
    expect(settings.uiLanguage).toBe('fa');
  });

  test('no uncaught errors, CSP violations or failed loads in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
