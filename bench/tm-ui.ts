// The match panel through the UI path (issue 9). A generated reference memory of TM_UI_UNITS units
// (default 20,000) is imported into the real browser-mode server over HTTP — or, above what an upload may
// hold (about 140,000 such units; 1,000,000 with TM_UI_UNITS=1000000), the server starts on a copy of
// the TM bench's cached memory (bench/tm.ts). A report of perturbed memory sentences is opened in
// headless Chromium. Each move is timed from its key reaching the page to the panel's matches rendered
// (the renderer's ?perf=1 hook and a keydown listener on the same clock):
// - Alt+Down through the report, as a translator works: the panel's look-ahead has asked for the next
//   segments in the background, so most moves show kept matches;
// - the report opened afresh in its middle, where the translator pauses while the look-ahead walks the
//   rest of the report (timed), then jumps to other segments (hash navigations, as a QA finding or a
//   search hit makes);
// - then Alt+Up back with the look-ahead off (the hook's `cold`): every move asks the server, as a jump
//   to a segment not looked up would; where that time goes is split into key → request sent, the
//   request (resource timing), waiting for the page's main thread, and rendering.
// Also timed: the first segment's panel while the server still builds the memory's index in the
// background, and that build; beside it, in the same run, the same lookups called straight over HTTP.
// Target: the panel updates within 50 ms. TM_UI_STEPS=1 prints every move; TM_UI_PROFILE=FILE saves a
// CPU profile of the page during the moves.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import type { TmPerfHook } from '../src/renderer/src/features/tm/tm-perf';
import type { DocumentDetail, DocumentSummary } from '../src/shared/model';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { ensureRendererBuilt } from '../tests/e2e/helpers/build-renderer';
import { apiCall, startWebServer } from '../tests/e2e/helpers/server';
import { random } from './common';
import { cachedMemory } from './tm';
import { makeGenerator, perturb, writeBenchTmx } from './tm-data';

/** Largest memory imported over HTTP (the upload limit is 64 MB of TMX). */
const HTTP_UNITS = 140_000;

const STEPS = 40;
const JUMPS = 20;

/**
 * Waits until the page has sent no memory lookup for 1.5 s (the look-ahead's walk of the report is
 * over) and returns how long that took, less the quiet wait.
 */
async function waitForLookupsToSettle(page: Page): Promise<number> {
  const count = (): Promise<number> =>
    page.evaluate(
      () => performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/tm.lookup')).length,
    );
  const t0 = performance.now();
  let last = await count();
  let quietSince = performance.now();
  while (performance.now() - quietSince < 1500) {
    await new Promise((r) => setTimeout(r, 100));
    const n = await count();
    if (n !== last) {
      last = n;
      quietSince = performance.now();
    }
  }
  return Math.round(quietSince - t0);
}

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return +(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN).toFixed(2);
};

/** Starts timing moves on this page: the moment each move's key reaches it. */
async function startClock(page: Page): Promise<void> {
  await page.locator('[data-testid="target-pane"] [role="textbox"]').first().focus();
  await page.evaluate(() => {
    const w = window as unknown as { __benchKeys: number[] };
    w.__benchKeys = [];
    window.addEventListener(
      'keydown',
      (e) => {
        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') w.__benchKeys.push(performance.now());
      },
      true,
    );
  });
}

interface Move {
  total: number;
  keyToAsk: number;
  request: number;
  waitForPage: number;
  render: number;
}

/**
 * The moves timed on this page since startClock (its first panel, shown before, is not a move): key →
 * panel rendered, and for a move that asked the server, where the time went.
 */
async function movesOnPage(page: Page): Promise<Move[]> {
  const hook = await page.evaluate(() => window.__barabarTmPerf as TmPerfHook);
  const timing = await page.evaluate(() => ({
    keys: (window as unknown as { __benchKeys: number[] }).__benchKeys,
    lookups: performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/tm.lookup'))
      .map((e) => ({ start: e.startTime, end: (e as PerformanceResourceTiming).responseEnd })),
  }));
  return hook.marks.slice(1).map((m, i) => {
    const key = timing.keys[i] ?? m.asked;
    const req = timing.lookups.find((r) => r.start >= m.asked && r.end <= m.answered + 0.5);
    return {
      total: m.rendered - key,
      keyToAsk: m.asked - key,
      request: req ? req.end - req.start : Number.NaN,
      waitForPage: req ? m.answered - req.end : Number.NaN,
      render: m.rendered - m.answered,
    };
  });
}

export async function benchTmUi(units = Number(process.env.TM_UI_UNITS ?? 20_000)) {
  const dir = mkdtempSync(join(tmpdir(), 'barabar-tm-ui-'));
  await ensureRendererBuilt();
  const cached = units > HTTP_UNITS ? cachedMemory(units, 1000) : undefined;
  const server = await startWebServer(cached ? { copyOf: cached.db } : {});
  const browser = await launchBrowser({ width: 1440, height: 900 });
  try {
    const rnd = random(5);
    let sentences: string[];
    let importMs: number | undefined;
    let imported = units;
    if (cached) sentences = cached.kept.slice(0, STEPS + 1);
    else {
      const keep = new Set<number>();
      while (keep.size < STEPS + 1) keep.add(Math.floor(rnd() * units));
      const tmx = join(dir, 'memory.tmx');
      sentences = [...writeBenchTmx(tmx, units, keep).values()];
      const i0 = performance.now();
      imported = (
        await apiCall<{ units: number }>(server, 'tm.import', {
          fileName: 'memory.tmx',
          contentBase64: readFileSync(tmx).toString('base64'),
          name: 'bench',
        })
      ).units;
      importMs = Math.round(performance.now() - i0);
    }

    // One paragraph per query, so every segment is a sentence the memory nearly holds.
    const vocab = makeGenerator(9).vocab;
    const queries = sentences.map((s) => perturb(s, vocab, rnd));
    const { document } = await apiCall<{ document: DocumentSummary }>(server, 'documents.import', {
      fileName: 'tm-ui-bench.txt',
      contentBase64: Buffer.from(`${queries.join('\n\n')}\n`, 'utf8').toString('base64'),
    });
    const doc = await apiCall<DocumentDetail>(server, 'documents.get', { id: document.id });

    // The first segment opens while the server has no index yet: the panel asks for the status (which
    // starts the build in the background) and shows what it can at once; the build is timed to ready.
    const page = await browser.context.newPage();
    const u = new URL(server.url);
    u.searchParams.set('perf', '1');
    await page.goto(u.toString());
    await page.waitForSelector('.doc-row');
    // Every request of the run is timed (the default buffer stops at 250 entries).
    await page.evaluate(() => performance.setResourceTimingBufferSize(100_000));
    const b0 = performance.now();
    await page.evaluate((d) => (window.location.hash = `#/doc/${d}/0`), doc.id);
    await page.waitForFunction(() => (window.__barabarTmPerf?.matchMs.length ?? 0) >= 1, undefined, {
      timeout: 120_000,
    });
    let buildingShown = false;
    for (;;) {
      const s = await apiCall<{ ready: boolean }>(server, 'tm.status', {});
      if (s.ready) break;
      buildingShown ||= await page.locator('[data-testid="tm-building"]').isVisible();
      await new Promise((r) => setTimeout(r, 100));
    }
    const indexBuildMs = Math.round(performance.now() - b0);
    const firstPanelMs = await page.evaluate(() => window.__barabarTmPerf?.matchMs[0] ?? Number.NaN);

    const direct: number[] = [];
    for (const s of doc.segments.slice(1, STEPS + 1)) {
      const t0 = performance.now();
      await apiCall(server, 'tm.lookup', {
        text: s.source,
        min: 70,
        max: 5,
        documentId: doc.id,
        index: s.index,
        quick: true,
      });
      direct.push(performance.now() - t0);
    }

    const cdp = process.env.TM_UI_PROFILE ? await browser.context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
      await cdp.send('Profiler.start');
    }
    const steps = Math.min(STEPS, doc.segments.length - 1);
    let withMatches = 0;
    let shown = 1;
    const panelShown = async (isMove = true): Promise<void> => {
      await page.waitForFunction((n) => (window.__barabarTmPerf?.matchMs.length ?? 0) > n, shown, {
        timeout: 30_000,
      });
      shown++;
      if (isMove && (await page.locator('[data-testid="tm-matches"] .tm-match').count()) > 0) withMatches++;
    };
    const move = async (key: string): Promise<void> => {
      await page.keyboard.press(key);
      await panelShown();
    };

    // Down through the report, as a translator works: the look-ahead has the next segments ready.
    await startClock(page);
    for (let i = 0; i < steps; i++) await move('Alt+ArrowDown');
    const ahead = await movesOnPage(page);

    // The report opened afresh in the middle (nothing kept); the translator pauses there while the
    // look-ahead walks the rest of the report. Then jumps, as a QA finding or a search hit makes (hash
    // navigations), the last one back to the last segment.
    const middle = Math.floor(steps / 2);
    const fresh = new URL(u);
    fresh.searchParams.set('pass', 'jumps');
    fresh.hash = `#/doc/${doc.id}/${doc.segments[middle]!.index}`;
    await page.goto(fresh.toString());
    shown = 0;
    await panelShown(false);
    await page.evaluate(() => performance.setResourceTimingBufferSize(100_000));
    const walkMs = await waitForLookupsToSettle(page);
    await startClock(page);
    const jumpTargets: number[] = [];
    for (let at = middle; jumpTargets.length < JUMPS - 1;) {
      const to = Math.floor(rnd() * steps);
      if (to !== at) jumpTargets.push((at = to));
    }
    jumpTargets.push(steps);
    for (const to of jumpTargets) {
      await page.evaluate(
        ([d, i]) => {
          (window as unknown as { __benchKeys: number[] }).__benchKeys.push(performance.now());
          window.location.hash = `#/doc/${d}/${i}`;
        },
        [doc.id, doc.segments[to]!.index] as const,
      );
      await panelShown();
    }
    // Back up with the look-ahead off: every move asks the server (a jump to a segment not looked up).
    // The look-ahead's last lookups are let finish first, so none runs beside these.
    await waitForLookupsToSettle(page);
    await page.evaluate(() => {
      if (window.__barabarTmPerf) window.__barabarTmPerf.cold = true;
    });
    for (let i = 0; i < steps; i++) await move('Alt+ArrowUp');
    if (cdp && process.env.TM_UI_PROFILE) {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(process.env.TM_UI_PROFILE, JSON.stringify(profile));
    }
    const afterWalk = await movesOnPage(page);
    const jumps = afterWalk.slice(0, JUMPS);
    const cold = afterWalk.slice(JUMPS);
    const moves = [...ahead, ...afterWalk];
    if (process.env.TM_UI_STEPS) process.stderr.write(`${JSON.stringify(moves)}\n`);
    const of = (xs: Move[], k: keyof Move, p: number): number =>
      pct(
        xs.map((x) => x[k] as number).filter((x) => !Number.isNaN(x)),
        p,
      );
    return {
      units: imported,
      ...(importMs === undefined
        ? { memory: 'copy of the bench/tm.ts cache' }
        : { import_http_ms: importMs }),
      first_panel_while_index_builds_ms: Math.round(firstPanelMs),
      index_build_background_ms: indexBuildMs,
      building_note_shown: buildingShown,
      moves: moves.length,
      moves_with_matches: withMatches,
      panel_update_p50_ms: of(ahead, 'total', 50),
      panel_update_p95_ms: of(ahead, 'total', 95),
      lookahead_walk_of_report_ms: walkMs,
      jump_after_walk_p50_ms: of(jumps, 'total', 50),
      jump_after_walk_p95_ms: of(jumps, 'total', 95),
      cold_panel_update_p50_ms: of(cold, 'total', 50),
      cold_panel_update_p95_ms: of(cold, 'total', 95),
      cold_key_to_request_p50_ms: of(cold, 'keyToAsk', 50),
      cold_request_p50_ms: of(cold, 'request', 50),
      cold_request_p95_ms: of(cold, 'request', 95),
      cold_wait_for_page_p50_ms: of(cold, 'waitForPage', 50),
      cold_wait_for_page_p95_ms: of(cold, 'waitForPage', 95),
      cold_render_p50_ms: of(cold, 'render', 50),
      lookup_http_p50_ms: pct(direct, 50),
      lookup_http_p95_ms: pct(direct, 95),
      machineLoad: loadavg().map((x) => +x.toFixed(1)),
    };
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchTmUi()
    .then((r) => process.stdout.write(`${JSON.stringify(r, null, 2)}\n`))
    .catch((err: unknown) => {
      process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    });
}
