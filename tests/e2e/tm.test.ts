/**
 * The translation memory in the app. A segment of the first report is confirmed; a second report
 * (imported through the API) holds a near-identical sentence and one sentence twice. In the second
 * report the match panel shows the confirmed segment with its difference marked, Ctrl+1 inserts it,
 * confirming one repetition fills the other (and Undo takes it back), Ctrl+K opens the concordance, and
 * the documents page shows the analysis table. The look-ahead asks for the next segments, and for the
 * rest of the report while the translator stays on one, so moves and jumps show kept matches. Screenshots (1440×900 and 1024×700): tm-match-panel*,
 * tm-concordance*, tm-analysis*.
 */
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { DocumentDetail, DocumentSummary } from '../../src/shared/model';
import type { TmMatch } from '../../src/shared/tm';
import { launchBrowser } from './helpers/browser';
import { ensureRendererBuilt } from './helpers/build-renderer';
import { focusPane, openSegment, paneText, screenshot, waitSaved } from './helpers/page';
import { apiCall, ROOT, startWebServer, type WebServer } from './helpers/server';

let server: WebServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
let first: DocumentDetail;
let second: DocumentDetail;
/** Position in the first report of the sentence the second report varies. */
let varied = 0;
let near = '';
let repeated = '';

const ENGLISH = 'The foreign minister met his counterpart in Tehran on Monday.';
const REPEATED_ENGLISH = 'The talks will continue next week.';

const words = (s: string): string[] => s.split(/\s+/).filter(Boolean);

beforeAll(async () => {
  await ensureRendererBuilt();
  server = await startWebServer();
  const docs = await apiCall<DocumentSummary[]>(server, 'documents.list', {});
  first = await apiCall<DocumentDetail>(server, 'documents.get', { id: docs[0]!.id });
  // A long sentence to vary (one word dropped still scores well above 70%) and another one to repeat.
  varied = first.segments.findIndex((s) => words(s.source).length >= 12);
  const source = first.segments[varied]!.source;
  const w = words(source);
  near = [...w.slice(0, 3), ...w.slice(4)].join(' ');
  repeated = first.segments.find((s, i) => i !== varied && words(s.source).length >= 6)!.source;
  const text = `${near}\n\n${repeated}\n\n${repeated}\n`;
  const { document } = await apiCall<{ document: DocumentSummary }>(server, 'documents.import', {
    fileName: 'tm-e2e.txt',
    contentBase64: Buffer.from(text, 'utf8').toString('base64'),
  });
  second = await apiCall<DocumentDetail>(server, 'documents.get', { id: document.id });
  expect(second.segments.map((s) => s.source)).toEqual([near, repeated, repeated]);
  browser = await launchBrowser({ width: 1440, height: 900 });
  page = await browser.context.newPage();
  await page.goto(server.url);
  await page.waitForSelector('.doc-row');
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The sources of the memory lookups the page sends from now until stop(). */
function recordLookups(): { asked: string[]; stop: () => void } {
  const asked: string[] = [];
  const onRequest = (r: Request): void => {
    if (r.url().includes('/api/tm.lookup')) asked.push((r.postDataJSON() as { text: string }).text);
  };
  page.on('request', onRequest);
  return { asked, stop: () => page.off('request', onRequest) };
}

const matchItems = (): ReturnType<Page['locator']> => page.locator('[data-testid="tm-matches"] .tm-match');

describe('translation memory in the editor', () => {
  test('a confirmed segment is offered in another report with its difference marked; Ctrl+1 inserts it', async () => {
    await openSegment(page, first.id, first.segments[varied]!.index);
    await focusPane(page, 'target');
    await page.keyboard.type(ENGLISH, { delay: 2 });
    await page.keyboard.press('Control+Enter');
    await waitSaved(page);
    await expect
      .poll(async () => (await apiCall<TmMatch[]>(server, 'tm.lookup', { text: near })).length)
      .toBeGreaterThan(0);

    await openSegment(page, second.id, 0);
    await matchItems().first().waitFor({ timeout: 10_000 });
    const item = matchItems().first();
    const score = Number(await item.getAttribute('data-score'));
    expect(score).toBeGreaterThanOrEqual(70);
    expect(score).toBeLessThan(100);
    // The word the near sentence lacks is marked as only in the memory's sentence.
    expect(await item.locator('del.tm-diff-del').count()).toBeGreaterThan(0);
    expect(await item.locator('del.tm-diff-del').first().textContent()).toContain(
      words(first.segments[varied]!.source)[3],
    );
    expect(await item.locator('.tm-target').textContent()).toBe(ENGLISH);
    expect(await item.locator('.tm-source').getAttribute('dir')).toBe('rtl');
    await screenshot(page, 'tm-match-panel');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'tm-match-panel-1024');
    // The panel's first match is inside the side panel's width at 1024 px (nothing clipped sideways).
    const fits = await item.evaluate((el) => {
      const side = el.closest('.wb-side')!.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      return r.left >= side.left - 1 && r.right <= side.right + 1;
    });
    expect(fits).toBe(true);
    await page.setViewportSize({ width: 1440, height: 900 });

    await focusPane(page, 'target');
    await page.keyboard.press('Control+1');
    await expect.poll(() => paneText(page, 'target')).toContain(ENGLISH);
    await waitSaved(page);
    const saved = await apiCall<DocumentDetail>(server, 'documents.get', { id: second.id });
    expect(saved.segments[0]?.target).toBe(ENGLISH);
    expect(saved.segments[0]?.status).toBe('draft');
    // One undo step takes the inserted match out again.
    await page.keyboard.press('Control+z');
    await expect.poll(() => paneText(page, 'target')).not.toContain(ENGLISH);
  });

  test('the next segments are looked up ahead; a confirmation that could change their matches is asked again', async () => {
    // Two near-identical sentences in a row, neither in the memory yet, and an unrelated third one.
    const a = 'سخنگوی وزارت نیرو امروز از آغاز طرح تازه‌ای برای مدیریت مصرف آب در تهران خبر داد';
    const aNear = 'سخنگوی وزارت نیرو دیروز از آغاز طرح تازه‌ای برای مدیریت مصرف آب در تهران خبر داد';
    const other = 'تیم ملی فوتبال برای دیدار دوستانه راهی دوحه شد';
    const { document } = await apiCall<{ document: DocumentSummary }>(server, 'documents.import', {
      fileName: 'tm-ahead.txt',
      contentBase64: Buffer.from(`${a}\n\n${aNear}\n\n${other}\n`, 'utf8').toString('base64'),
    });
    const { asked, stop } = recordLookups();
    try {
      await openSegment(page, document.id, 0);
      // The open segment, then the two after it in the background.
      await expect
        .poll(() => asked.filter((t) => t === aNear || t === other).length, { timeout: 10_000 })
        .toBe(2);
      expect(asked).toContain(a);
      await focusPane(page, 'target');
      await page.keyboard.type('The energy ministry announced a water plan for Tehran today.', { delay: 2 });
      await page.keyboard.press('Control+Enter');
      // The answer kept for the next sentence said "no match"; the confirmed one is a match for it now.
      await matchItems().first().waitFor({ timeout: 10_000 });
      expect(await matchItems().first().locator('.tm-target').textContent()).toContain('water plan');
      expect(asked.filter((t) => t === aNear)).toHaveLength(2);
      // The unrelated sentence's kept answer still holds: it shows without asking the server again.
      await page.keyboard.press('Alt+ArrowDown');
      await expect
        .poll(() => page.locator('[data-testid="segment-info"]').textContent())
        .toMatch(/Segment 3 of 3/);
      await expect.poll(() => page.locator('[data-testid="tm-matches"] .empty-note').count()).toBe(1);
      expect(asked.filter((t) => t === other)).toHaveLength(1);
    } finally {
      stop();
    }
  });

  test('while the translator stays on a segment the rest of the report is looked up, so a jump shows kept matches', async () => {
    // Six sentences of the first report, then the near twin of its confirmed one: beyond what is asked
    // for the next moves (the three after the open segment).
    const others = first.segments
      .filter((s, i) => i !== varied && words(s.source).length >= 4)
      .map((s) => s.source)
      .filter((t, i, all) => all.indexOf(t) === i)
      .slice(0, 6);
    const { document } = await apiCall<{ document: DocumentSummary }>(server, 'documents.import', {
      fileName: 'tm-walk.txt',
      contentBase64: Buffer.from(`${[...others, near].join('\n\n')}\n`, 'utf8').toString('base64'),
    });
    const { asked, stop } = recordLookups();
    try {
      await openSegment(page, document.id, 0);
      await expect.poll(() => asked.filter((t) => t === near).length, { timeout: 15_000 }).toBe(1);
      // The jump (a hash navigation, as a QA finding or a search hit makes) asks nothing new.
      await openSegment(page, document.id, 6);
      await expect
        .poll(() => page.locator('[data-testid="segment-info"]').textContent())
        .toMatch(/Segment 7 of 7/);
      await matchItems().first().waitFor({ timeout: 10_000 });
      expect(await matchItems().first().locator('.tm-target').textContent()).toContain(ENGLISH);
      expect(asked.filter((t) => t === near)).toHaveLength(1);
    } finally {
      stop();
    }
  });

  test('confirming a segment fills its repetition as a draft, and Undo takes it back', async () => {
    await openSegment(page, second.id, 1);
    await focusPane(page, 'target');
    await page.keyboard.type(REPEATED_ENGLISH, { delay: 2 });
    await page.keyboard.press('Control+Enter');
    const toastEl = page.locator('[data-testid="toast-action"]').last();
    await toastEl.waitFor({ timeout: 10_000 });
    expect(await toastEl.textContent()).toMatch(/Repetitions filled as drafts: 1/);
    // Both segments show the English: the confirmed one and its repetition.
    await expect
      .poll(async () => (await paneText(page, 'target')).split(REPEATED_ENGLISH).length - 1)
      .toBe(2);
    let doc = await apiCall<DocumentDetail>(server, 'documents.get', { id: second.id });
    expect(doc.segments[2]).toMatchObject({ target: REPEATED_ENGLISH, status: 'draft' });
    // The repetition's line is tinted in the English pane, and its side panel says where the draft came from.
    await expect.poll(() => page.locator('[data-testid="target-pane"] .tm-propagated-line').count()).toBe(1);
    await screenshot(page, 'tm-propagated');
    await expect.poll(() => page.locator('[data-testid="tm-propagated"]').isVisible()).toBe(true);

    await toastEl.locator('button').click();
    await expect
      .poll(async () => (await paneText(page, 'target')).split(REPEATED_ENGLISH).length - 1)
      .toBe(1);
    await expect.poll(() => page.locator('[data-testid="target-pane"] .tm-propagated-line').count()).toBe(0);
    doc = await apiCall<DocumentDetail>(server, 'documents.get', { id: second.id });
    expect(doc.segments[2]).toMatchObject({ target: '', status: 'new' });
    expect(doc.segments[1]).toMatchObject({ target: REPEATED_ENGLISH, status: 'translated' });
  });

  test('Ctrl+K opens the concordance: the query found in any spelling, highlighted, English beside it', async () => {
    await openSegment(page, second.id, 0);
    await focusPane(page, 'target');
    await page.keyboard.press('Control+k');
    const dialog = page.locator('[data-testid="concordance"]');
    await dialog.waitFor({ timeout: 5_000 });
    const query = words(first.segments[varied]!.source).slice(1, 3).join(' ');
    await dialog.locator('[data-testid="conc-query"]').fill(query);
    await dialog.locator('.conc-hit mark').first().waitFor({ timeout: 10_000 });
    const hit = dialog.locator('.conc-hit').filter({ hasText: ENGLISH }).first();
    expect(await hit.locator('mark').first().textContent()).toBe(query);
    await screenshot(page, 'tm-concordance');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'tm-concordance-1024');
    await page.setViewportSize({ width: 1440, height: 900 });
    // The English side: the confirmed translation is found by its words.
    await dialog.locator('[data-testid="conc-side"]').selectOption('target');
    await dialog.locator('[data-testid="conc-query"]').fill('counterpart');
    await expect.poll(() => dialog.locator('.conc-en mark').first().textContent()).toBe('counterpart');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
  });

  test('Pre-translate fills the untranslated segments from the memory and reports the bands', async () => {
    await openSegment(page, second.id, 0);
    await page.click('[data-testid="pretranslate"]');
    await page.fill('[data-testid="pt-min"]', '70');
    await page.click('dialog button[type="submit"]');
    const report = page.locator('[data-testid="pt-report"]');
    await report.waitFor({ timeout: 30_000 });
    expect(await report.textContent()).toMatch(/Segments filled: 2/);
    expect(await report.locator('[data-testid="pt-bands"] tbody tr').count()).toBe(2);
    await screenshot(page, 'tm-pretranslate-report');
    await report.locator('button').click();
    // The editor shows what the server wrote: the fuzzy match and the exact one.
    await expect.poll(() => paneText(page, 'target')).toContain(ENGLISH);
    expect((await paneText(page, 'target')).split(REPEATED_ENGLISH).length - 1).toBe(2);
  });

  test('the memories dialog lists the memories, imports a TMX file and removes it', async () => {
    await page.evaluate(() => (window.location.hash = '#/documents'));
    await page.click('[data-testid="tm-memories-open"]');
    const dialog = page.locator('[data-testid="memories"]');
    await dialog.locator('tr[data-memory="project"]').waitFor();
    expect(
      Number(await dialog.locator('tr[data-memory="project"] td.num').textContent()),
    ).toBeGreaterThanOrEqual(2);
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      dialog.locator('[data-testid="tm-import"]').click(),
    ]);
    await chooser.setFiles(join(ROOT, 'tests/fixtures/tm/omegat.tmx'));
    const row = dialog.locator('tr[data-memory="omegat"]');
    await row.waitFor({ timeout: 30_000 });
    expect(Number(await row.locator('td.num').textContent())).toBeGreaterThan(0);
    await screenshot(page, 'tm-memories');
    await row.locator('[data-testid="tm-remove"]').click();
    await page.locator('dialog:not([data-testid="memories"]) button[type="submit"]').click();
    await row.waitFor({ state: 'detached' });
    const list = await apiCall<{ name: string }[]>(server, 'tm.list', {});
    expect(list.map((m) => m.name)).not.toContain('omegat');
    await dialog.locator('button', { hasText: 'Close' }).click();
  });

  test('the documents page shows the analysis table per document and in total', async () => {
    await page.evaluate(() => (window.location.hash = '#/documents'));
    await page.click('[data-testid="tm-analyse"]');
    const table = page.locator('[data-testid="analysis-table"]');
    await table.waitFor({ timeout: 60_000 });
    const row = table.locator('tbody tr').filter({ hasText: 'tm-e2e' });
    // The second report: its near sentence is a fuzzy match, one repeated sentence a repetition.
    const cells = await row.locator('td .band-segs').allTextContents();
    expect(cells).toHaveLength(8);
    // The repeated sentence repeats within the report (and the first report holds it too).
    expect(Number(cells[0])).toBeGreaterThanOrEqual(1);
    expect(Number(cells[7])).toBe(3);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'tm-analysis');
    await page.setViewportSize({ width: 1024, height: 700 });
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'tm-analysis-1024');
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  test('in the Persian UI the panel and the table read right to left', async () => {
    await page.click('[data-testid="switch-language"]');
    await expect.poll(() => page.getAttribute('html', 'dir')).toBe('rtl');
    await page.locator('[data-testid="analysis-table"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'tm-analysis-fa');
    await openSegment(page, second.id, 0);
    await matchItems().first().waitFor({ timeout: 10_000 });
    expect(await page.locator('.tm-panel h3').textContent()).toBe('حافظهٔ ترجمه');
    await page.setViewportSize({ width: 1024, height: 700 });
    await screenshot(page, 'tm-match-panel-fa-1024');
    await page.setViewportSize({ width: 1440, height: 900 });
  });
});
