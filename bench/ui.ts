/**
 * UI benchmark in headless Chromium against the real browser-mode server:
 *  - open a 1,000-segment document with every term decoration (target ≤ 1 s);
 *  - keystroke → decorations updated on that document (target p95 ≤ 16 ms), with the English spell
 *    checker on (the default) and, in the same run, switched off, for comparison.
 * Timings come from the renderer's own hook (window.__barabarPerf, only present with ?perf=1).
 * Run alone: `npx tsx bench/ui.ts` (builds the renderer first if out/renderer is stale).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { PerfHook } from '../src/renderer/src/features/workbench/perf';
import type { DocumentSummary } from '../src/shared/model';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { ensureRendererBuilt } from '../tests/e2e/helpers/build-renderer';
import { apiCall, ROOT, startWebServer } from '../tests/e2e/helpers/server';

const TARGET_SEGMENTS = 1000;
const KEYSTROKES = 120;

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const round = (n: number): number => Math.round(n * 100) / 100;

/** The four corpus reports repeated until the document has at least `min` segments. */
function bigReport(reps: number): string {
  const dir = join(ROOT, 'corpus');
  const texts = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8').trim());
  return Array.from({ length: reps }, () => texts.join('\n\n')).join('\n\n') + '\n';
}

async function perf(page: Page): Promise<PerfHook> {
  return page.evaluate(() => window.__barabarPerf as PerfHook);
}

/** Types KEYSTROKES characters into the first English line, one at a time, each measured on its own. */
async function typeSample(page: Page): Promise<void> {
  await page.locator('[data-testid="target-pane"] [role="textbox"]').first().focus();
  // «Generl» is misspelt on purpose: with the checker on, every pause re-checks a line with a squiggle.
  const sample = 'The Major Generl said Iran and Belarus will expand defence cooperation. ';
  for (let i = 0; i < KEYSTROKES; i++)
    await page.keyboard.type(sample[i % sample.length] ?? 'x', { delay: 25 });
  await page.waitForTimeout(600);
}

async function openDoc(page: Page, id: number): Promise<void> {
  await page.evaluate(() => {
    const p = window.__barabarPerf;
    if (p) p.ready = false;
  });
  await page.evaluate((d) => (window.location.hash = `#/doc/${d}/0`), id);
  await page.waitForFunction(() => window.__barabarPerf?.ready === true, undefined, { timeout: 60_000 });
}

export async function benchUi(): Promise<Record<string, number>> {
  await ensureRendererBuilt();
  const server = await startWebServer();
  const browser = await launchBrowser({ width: 1440, height: 900 });
  try {
    // Grow the document until the server's segmenter yields ≥ 1,000 segments; import it twice so
    // the second open (glossary already loaded) is a real open too.
    let doc: DocumentSummary | null = null;
    let reps = 18;
    for (; !doc || doc.segmentCount < TARGET_SEGMENTS; reps += 2) {
      const contentBase64 = Buffer.from(bigReport(reps), 'utf8').toString('base64');
      const res = await apiCall<{ document: DocumentSummary }>(server, 'documents.import', {
        fileName: `bench-${reps}.txt`,
        contentBase64,
      });
      doc = res.document;
    }
    const twin = (
      await apiCall<{ document: DocumentSummary }>(server, 'documents.import', {
        fileName: 'bench-twin.txt',
        // One extra paragraph: identical content would be recognised as the same document.
        contentBase64: Buffer.from(`${bigReport(reps - 2)}\nنسخهٔ دوم همین گزارش.\n`, 'utf8').toString(
          'base64',
        ),
      })
    ).document;
    const page = await browser.context.newPage();
    const u = new URL(server.url);
    u.searchParams.set('perf', '1');
    await page.goto(u.toString());
    await page.waitForSelector('.doc-row');

    await openDoc(page, twin.id); // cold: glossary snapshot fetched and matcher built on the way
    await openDoc(page, doc.id); // warm: glossary already in memory
    const opened = await perf(page);
    const decorations = await page.locator('[data-testid="source-pane"] .term').count();

    // Type into a segment that has terms, with the spell checker on (its dictionary loaded first).
    await page.waitForTimeout(3000);
    await typeSample(page);
    const typed = await perf(page);
    const squiggles = await page.locator('[data-testid="target-pane"] .squiggly-warning').count();

    // Next window of the long document, through the pager.
    await page.click('[data-testid="pager"] button[data-dir="next"]');
    await page.waitForFunction(() => (window.__barabarPerf?.windowMs.length ?? 0) > 0);
    const switched = await perf(page);

    // The same document as one whole model (no windows), for comparison.
    const whole = await browser.context.newPage();
    const w = new URL(server.url);
    w.searchParams.set('perf', '1');
    w.searchParams.set('window', '100000');
    await whole.goto(w.toString());
    await whole.waitForSelector('.doc-row');
    await openDoc(whole, twin.id);
    await openDoc(whole, doc.id);
    const wholeOpened = await perf(whole);

    // The same typing with the spell checker switched off (a fresh page reads the setting).
    await apiCall(server, 'settings.set', { spellCheck: false });
    const plain = await browser.context.newPage();
    const pu = new URL(server.url);
    pu.searchParams.set('perf', '1');
    await plain.goto(pu.toString());
    await plain.waitForSelector('.doc-row');
    await openDoc(plain, twin.id);
    await plain.waitForTimeout(3000);
    await typeSample(plain);
    const typedPlain = await perf(plain);

    return {
      segments: doc.segmentCount,
      visible_term_decorations: decorations,
      open_cold_ms: round(opened.openMs[0] ?? Number.NaN),
      open_cold_paint_ms: round(opened.openPaintMs[0] ?? Number.NaN),
      open_warm_ms: round(opened.openMs[1] ?? Number.NaN),
      open_warm_paint_ms: round(opened.openPaintMs[1] ?? Number.NaN),
      window_switch_ms: round(switched.windowMs[0] ?? Number.NaN),
      whole_document_open_cold_ms: round(wholeOpened.openMs[0] ?? Number.NaN),
      whole_document_open_warm_ms: round(wholeOpened.openMs[1] ?? Number.NaN),
      keystrokes: typed.keyToDecorationMs.length,
      key_to_decoration_p50_ms: round(percentile(typed.keyToDecorationMs, 50)),
      key_to_decoration_p95_ms: round(percentile(typed.keyToDecorationMs, 95)),
      key_to_decoration_max_ms: round(Math.max(...typed.keyToDecorationMs)),
      key_to_frame_p50_ms: round(percentile(typed.keyToFrameMs, 50)),
      key_to_frame_p95_ms: round(percentile(typed.keyToFrameMs, 95)),
      spell_squiggles_after_typing: squiggles,
      spell_off_key_to_decoration_p50_ms: round(percentile(typedPlain.keyToDecorationMs, 50)),
      spell_off_key_to_decoration_p95_ms: round(percentile(typedPlain.keyToDecorationMs, 95)),
      spell_off_key_to_frame_p95_ms: round(percentile(typedPlain.keyToFrameMs, 95)),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchUi()
    .then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
