/**
 * Issue 12.7's layout defects, each checked in real Chromium at 1440×900 and at 1024×700, with
 * screenshots in test-results/e2e/ to look at: the toolbar overflows into a menu, the side panel
 * starts at its top, user text is bidi-isolated, "drafted" counts drafts, the forbidden-term hover
 * says its line once with a symbol from the bundled codicon font.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildMatcher, matcherTermsFromEntries } from '../../src/core/glossary';
import type { DocumentDetail, DocumentSummary, Entry } from '../../src/shared/model';
import { launchBrowser } from './helpers/browser';
import { ensureRendererBuilt } from './helpers/build-renderer';
import { focusPane, openSegment, resultShot, waitSaved } from './helpers/page';
import { apiCall, ROOT, startWebServer, type WebServer } from './helpers/server';

let server: WebServer;
let docs: DocumentSummary[];
let details: DocumentDetail[];
let entries: Entry[];
let long: DocumentSummary;

beforeAll(async () => {
  await ensureRendererBuilt();
  server = await startWebServer();
  docs = await apiCall<DocumentSummary[]>(server, 'documents.list', {});
  details = await Promise.all(
    docs.map((d) => apiCall<DocumentDetail>(server, 'documents.get', { id: d.id })),
  );
  entries = (await apiCall<{ entries: Entry[] }>(server, 'glossary.snapshot', {})).entries;
  const corpus = readdirSync(join(ROOT, 'corpus'))
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8').trim())
    .join('\n\n');
  long = (
    await apiCall<{ document: DocumentSummary }>(server, 'documents.import', {
      fileName: 'گزارش بلند درباره همکاری دفاعی ایران و بلاروس.txt',
      contentBase64: Buffer.from(Array.from({ length: 7 }, () => corpus).join('\n\n'), 'utf8').toString(
        'base64',
      ),
    })
  ).document;
  // Two confirmed and one draft segment in the first document, for the list's counts.
  const first = details[0]!;
  for (const [index, status] of [
    [0, 'translated'],
    [1, 'translated'],
    [2, 'draft'],
  ] as const) {
    await apiCall(server, 'segments.saveTarget', {
      documentId: first.id,
      index,
      target: `Segment ${index}`,
      status,
    });
  }
});

afterAll(async () => {
  await server?.stop();
});

/** Left edges of substrings of an element's text, in the order given (visual positions). */
async function leftsOf(page: Page, selector: string, parts: string[]): Promise<number[]> {
  return page.evaluate(
    ([sel, ps]) => {
      const el = document.querySelector(sel)!;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode()!;
      const text = node.textContent ?? '';
      return ps.map((p) => {
        const at = text.indexOf(p);
        const r = document.createRange();
        r.setStart(node, at);
        r.setEnd(node, at + p.length);
        return at < 0 ? Number.NaN : r.getBoundingClientRect().left;
      });
    },
    [selector, parts] as const,
  );
}

describe.each([
  [1440, 900],
  [1024, 700],
])('layout at %i×%i', (width, height) => {
  const size = `${width}x${height}`;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser({ width, height });
    page = await browser.context.newPage();
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(server.url);
    await page.waitForSelector('.doc-row');
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('the document list counts drafts only as "drafted"', async () => {
    const row = page.locator(`.doc-row[data-doc-id="${details[0]!.id}"] .doc-counts`);
    await expect.poll(() => row.textContent()).toContain('2 confirmed · 1 drafted');
    await resultShot(page, `documents-${size}`);
  });

  test('the toolbar never cuts off Export; what does not fit is in the "more" menu', async () => {
    await openSegment(page, long.id, 0);
    // Shown (not [hidden]); at narrow widths it may sit in the closed "more" menu.
    await page.waitForSelector('[data-testid="pager"]:not([hidden])', { state: 'attached' });
    const geo = await page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('[data-testid="workbench-toolbar"]')!;
      const exp = document.querySelector('[data-testid="export"]')!.getBoundingClientRect();
      const title = document.querySelector<HTMLElement>('[data-testid="doc-title"]')!;
      return {
        overflow: bar.scrollWidth - bar.clientWidth,
        barRight: bar.getBoundingClientRect().right,
        exportRight: exp.right,
        exportWidth: exp.width,
        titleWidth: title.getBoundingClientRect().width,
        titleClipped: title.scrollWidth > title.clientWidth,
        titleEllipsis: getComputedStyle(title).textOverflow,
        more: !document.querySelector<HTMLElement>('[data-testid="toolbar-more"]')!.hidden,
      };
    });
    await resultShot(page, `toolbar-${size}`);
    expect(geo.overflow).toBeLessThanOrEqual(1);
    expect(geo.exportWidth).toBeGreaterThan(40);
    expect(geo.exportRight).toBeLessThanOrEqual(geo.barRight);
    expect(geo.titleWidth).toBeGreaterThan(70);
    if (geo.titleClipped) expect(geo.titleEllipsis).toBe('ellipsis');
    if (width === 1024) {
      // The long name and the pager do not fit beside every command at this width.
      expect(geo.more).toBe(true);
      await page.click('[data-testid="toolbar-more"]');
      const menu = page.locator('[data-testid="toolbar-menu"]');
      await menu.waitFor();
      expect(await menu.locator('button').count()).toBeGreaterThan(0);
      expect(await menu.locator('[data-testid="pager"]').isVisible()).toBe(true);
      const box = (await menu.boundingBox())!;
      expect(box.x + box.width).toBeLessThanOrEqual(width);
      await resultShot(page, `toolbar-menu-open-${size}`);
      await page.keyboard.press('Escape');
    }
  });

  test('the side panel starts at its top ("Segment N of M") when the segment changes', async () => {
    const matcher = buildMatcher(matcherTermsFromEntries(entries));
    let best = { doc: details[0]!, index: 0, hits: -1 };
    for (const d of details)
      for (const s of d.segments) {
        const n = new Set(matcher.match(s.source).map((h) => h.entry)).size;
        if (n > best.hits && s.index + 1 < d.segments.length) best = { doc: d, index: s.index, hits: n };
      }
    await openSegment(page, best.doc.id, best.index);
    await focusPane(page, 'target');
    const scrolled = await page.evaluate(() => {
      const side = document.querySelector<HTMLElement>('[data-testid="side-panel"]')!;
      side.scrollTop = side.scrollHeight;
      return side.scrollTop;
    });
    if (height === 700) expect(scrolled).toBeGreaterThan(0);
    await page.keyboard.press('Alt+ArrowDown');
    await expect
      .poll(() => page.textContent('[data-testid="segment-info"]'))
      .toContain(`Segment ${best.index + 2} of`);
    const after = await page.evaluate(() => {
      const side = document.querySelector<HTMLElement>('[data-testid="side-panel"]')!;
      const info = document.querySelector('[data-testid="segment-info"]')!.getBoundingClientRect();
      return { top: side.scrollTop, infoTop: info.top, sideTop: side.getBoundingClientRect().top };
    });
    expect(after.top).toBe(0);
    expect(after.infoTop).toBeGreaterThanOrEqual(after.sideTop);
    await resultShot(page, `side-panel-top-${size}`);
  });

  test('the duplicate-term error keeps the arrow between the Persian and the English term', async () => {
    await openSegment(page, docs[0]!.id, 0);
    await page.click('[data-testid="toolbar-more"]:not([hidden]), [data-testid="add-term"]:visible');
    if (await page.locator('[data-testid="toolbar-menu"]:popover-open').count())
      await page.click('[data-testid="toolbar-menu"] [data-testid="add-term"]');
    const dialog = page.locator('dialog.add-term-dialog');
    await dialog.waitFor();
    await dialog.locator('input[name="fa"]').fill('برجام');
    await dialog.locator('input[name="en"]').fill('JCPOA');
    await dialog.locator('button[type="submit"]').click();
    const error = dialog.locator('.dialog-error');
    await expect.poll(() => error.textContent()).toContain('already exists');
    // Read as laid out: برجام, then the arrow, then JCPOA, left to right in the English UI.
    const [fa, arrow, en] = await leftsOf(page, 'dialog.add-term-dialog .dialog-error', [
      'برجام',
      '→',
      'JCPOA',
    ]);
    expect(fa).toBeLessThan(arrow!);
    expect(arrow).toBeLessThan(en!);
    await resultShot(page, `duplicate-term-error-${size}`);
    await dialog.locator('button[value="cancel"]').click();
  });

  test('the forbidden-term hover says its line once, with a codicon, not a system glyph', async () => {
    const d = details.find((x) => x.segments.some((s) => s.source.includes('برجام')))!;
    const seg = d.segments.find((s) => s.source.includes('برجام'))!;
    await openSegment(page, d.id, seg.index);
    await focusPane(page, 'target');
    await page.keyboard.press('End');
    if (width === 1440) await page.keyboard.type(' under Barjam', { delay: 5 });
    const forbidden = page.locator('[data-testid="target-pane"] .en-forbidden').first();
    await forbidden.waitFor();
    await forbidden.hover();
    const hover = page.locator('.monaco-hover-content', { hasText: 'must not be used' });
    await hover.first().waitFor();
    const text = (await hover.first().textContent()) ?? '';
    expect(text.split('must not be used').length - 1).toBe(1);
    expect(text).not.toMatch(/[⛔⚠]/u);
    const icon = hover.first().locator('.codicon-error');
    expect(await icon.count()).toBe(1);
    expect(await icon.evaluate((el) => getComputedStyle(el, '::before').fontFamily)).toContain('codicon');
    expect(await page.evaluate(() => document.fonts.check('16px codicon'))).toBe(true);
    await resultShot(page, `forbidden-hover-${size}`);
    await page.mouse.move(5, 5);
    await waitSaved(page);
  });

  test('the Persian interface: right to left, nothing clipped', async () => {
    await openSegment(page, long.id, 3);
    await page.click('[data-testid="switch-language"]');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.waitForTimeout(300);
    const geo = await page.evaluate(() => {
      const bar = document.querySelector<HTMLElement>('[data-testid="workbench-toolbar"]')!;
      const exp = document.querySelector('[data-testid="export"]')!.getBoundingClientRect();
      return { overflow: bar.scrollWidth - bar.clientWidth, exportLeft: exp.left, exportWidth: exp.width };
    });
    expect(geo.overflow).toBeLessThanOrEqual(1);
    expect(geo.exportLeft).toBeGreaterThanOrEqual(0);
    expect(geo.exportWidth).toBeGreaterThan(30);
    await resultShot(page, `persian-ui-editor-${size}`);
    await page.click('.nav-tab[data-view="documents"]');
    await page.waitForSelector('.doc-row');
    await resultShot(page, `persian-ui-documents-${size}`);
    await page.click('[data-testid="switch-language"]');
    await expect.poll(() => page.evaluate(() => document.documentElement.dir)).toBe('ltr');
  });

  test('no uncaught errors in the page', () => {
    expect(pageErrors).toEqual([]);
  });
});
