// The match panel through the UI path (issue 9). A generated reference memory of TM_UI_UNITS units
// (default 20,000) is imported into the real browser-mode server over HTTP — or, above what an upload may
// hold (about 140,000 such units; 1,000,000 with TM_UI_UNITS=1000000), the server starts on a copy of
// the TM bench's cached memory (bench/tm.ts). A report of perturbed memory sentences is opened in
// headless Chromium and Alt+Down moves through it: each step is timed from the panel being asked for the
// new segment to its matches on screen (the renderer's ?perf=1 hook). Also timed: the first segment's
// panel while the server still builds the memory's index in the background, and that build. Beside it,
// in the same run, the same lookups called straight over HTTP, so the UI's own share shows.
// Target: the panel updates within 50 ms.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
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

const pct = (xs: number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return +(s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN).toFixed(2);
};

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

    await page.locator('[data-testid="target-pane"] [role="textbox"]').first().focus();
    let withMatches = 0;
    for (let i = 1; i <= Math.min(STEPS, doc.segments.length - 1); i++) {
      await page.keyboard.press('Alt+ArrowDown');
      await page.waitForFunction((n) => (window.__barabarTmPerf?.matchMs.length ?? 0) > n, i, {
        timeout: 30_000,
      });
      if ((await page.locator('[data-testid="tm-matches"] .tm-match').count()) > 0) withMatches++;
    }
    const hook = await page.evaluate(() => window.__barabarTmPerf as TmPerfHook);
    const panel = hook.matchMs.slice(1);
    return {
      units: imported,
      ...(importMs === undefined
        ? { memory: 'copy of the bench/tm.ts cache' }
        : { import_http_ms: importMs }),
      first_panel_while_index_builds_ms: Math.round(hook.matchMs[0] ?? Number.NaN),
      index_build_background_ms: indexBuildMs,
      building_note_shown: buildingShown,
      steps: panel.length,
      steps_with_matches: withMatches,
      panel_update_p50_ms: pct(panel, 50),
      panel_update_p95_ms: pct(panel, 95),
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
