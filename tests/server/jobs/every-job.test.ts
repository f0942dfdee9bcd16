/**
 * Every long job through the real dispatcher on a real database file: progress events arrive while it
 * runs, and a cancel at its last checkpoint before writing fails with `cancelled` and leaves the database
 * exactly as it was (documents, segments, comments, glossary, memories).
 */
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../src/server/dispatch';
import { writeReviewDocx } from '../../../src/server/formats/word-review';
import type { BarabarApi } from '../../../src/server/create-api';
import type { JobPhase, JobProgress } from '../../../src/shared/jobs';
import { buildReportDocx } from '../../helpers/docx';
import { importReport, REPORT_EN, translate, useApi } from '../../helpers/report';
import { useTempDir } from '../../helpers/temp';

const newApi = useApi(useTempDir());
const b64 = (bytes: Uint8Array | string): string =>
  Buffer.from(typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes).toString('base64');

/** A long report: `n` sentences in paragraphs of ten. */
function longReport(n: number): string {
  const lines: string[] = [];
  for (let p = 0; p < n / 10; p++) {
    const sentences = Array.from({ length: 10 }, (_, i) => `جملهٔ شمارهٔ ${p * 10 + i + 1} دربارهٔ دیدار است.`);
    lines.push(sentences.join(' '));
  }
  return `${lines.join('\n')}\n`;
}

/** Everything a job could change, as plain data to compare before and after. */
function snapshot(api: BarabarApi): unknown {
  const { documents, segmentReview, glossary, tm } = api.services;
  return {
    documents: documents.list().map((d) => ({
      ...d,
      segments: documents.segments(d.id),
      comments: segmentReview.comments(d.id),
    })),
    glossary: glossary.count(),
    memories: tm.list(),
  };
}

async function run(
  api: BarabarApi,
  method: string,
  input: unknown,
  cancelAt?: JobPhase,
): Promise<{ response: Awaited<ReturnType<ReturnType<typeof createDispatcher>>>; events: JobProgress[] }> {
  const dispatch = createDispatcher(api.handlers, { logError: () => undefined });
  const controller = new AbortController();
  const events: JobProgress[] = [];
  const response = await dispatch(method, input, {
    signal: controller.signal,
    progress(p) {
      events.push({ ...p } as JobProgress);
      if (p.phase === cancelAt) controller.abort();
    },
  });
  return { response, events };
}

interface Case {
  method: string;
  /** Prepares the database and returns the call's input. */
  setup(api: BarabarApi): Promise<unknown> | unknown;
  /** The phase whose first report is the cancel (the last checkpoint before anything is written). */
  cancelAt: JobPhase;
}

const withTranslatedReport = (api: BarabarApi): number => {
  const id = importReport(api);
  translate(api, id, [3]);
  return id;
};

const CASES: Case[] = [
  {
    method: 'documents.import',
    setup: () => ({ fileName: 'long.txt', contentBase64: b64(longReport(500)) }),
    cancelAt: 'write',
  },
  {
    method: 'documents.importMany',
    // A Word file and a web page among them: their conversion is a step of the job too.
    setup: async () => ({
      files: [
        { fileName: 'a.txt', contentBase64: b64(longReport(50)) },
        { fileName: 'b.docx', contentBase64: b64(await buildReportDocx()) },
        {
          fileName: 'c.html',
          contentBase64: b64(
            '<html><body><nav>منو</nav><article><p>متن خبر اینجاست.</p></article></body></html>',
          ),
        },
      ],
    }),
    cancelAt: 'write',
  },
  {
    method: 'exchange.importXliff',
    setup: (api) => {
      const id = withTranslatedReport(api);
      const xliff = [...api.services.exchange.chunks([id], 'xliff12')]
        .join('')
        .replace(REPORT_EN[0]!, 'Defence ministers met');
      return { fileName: 'r.xlf', contentBase64: b64(xliff) };
    },
    cancelAt: 'write',
  },
  {
    method: 'exchange.importReview',
    setup: async (api) => {
      const id = withTranslatedReport(api);
      const rows = api.services.documents.segments(id).map((s) => ({
        number: s.index + 1,
        source: s.source,
        target: s.index === 0 ? 'Defence ministers met' : s.target,
        status: s.status,
        comment: s.index === 1 ? 'Check the verb tense.' : '',
      }));
      const bytes = await writeReviewDocx(rows, { documentName: 'report.txt', creator: 'test' });
      return { fileName: 'r.review.docx', contentBase64: b64(bytes) };
    },
    cancelAt: 'write',
  },
  {
    method: 'exchange.export',
    setup: (api) => ({ documentIds: [importReport(api, 'long.txt', longReport(3000))], format: 'tmx' }),
    cancelAt: 'export',
  },
  {
    method: 'exchange.exportArticle',
    setup: (api) => ({ documentId: withTranslatedReport(api), format: 'docx', unconfirmed: 'draft' }),
    cancelAt: 'export',
  },
  {
    method: 'exchange.exportReview',
    setup: (api) => ({ documentId: withTranslatedReport(api) }),
    cancelAt: 'export',
  },
  {
    method: 'glossary.export',
    setup: (api) => {
      api.services.glossary.add({
        subject: 'military',
        terms: [
          { lang: 'fa', text: 'سپاه', status: 'preferred' },
          { lang: 'en', text: 'IRGC', status: 'preferred' },
        ],
      });
      return { format: 'tbx' };
    },
    cancelAt: 'export',
  },
  {
    method: 'qa.run',
    setup: (api) => {
      withTranslatedReport(api);
      importReport(api, 'long.txt', longReport(200));
      return {};
    },
    cancelAt: 'check',
  },
  {
    method: 'tm.analyse',
    setup: (api) => ({ documentIds: [withTranslatedReport(api)] }),
    cancelAt: 'check',
  },
  {
    method: 'tm.pretranslate',
    setup: (api) => {
      const a = withTranslatedReport(api);
      // A second copy of the report under another name: every segment has an exact match in the first.
      const b = importReport(api, 'copy.txt', 'دیدار وزیران دفاع\nوزیر دفاع گفت. این دیدار مهم بود.\n');
      return { documentIds: [a, b] };
    },
    cancelAt: 'write',
  },
  {
    method: 'tm.export',
    setup: (api) => {
      withTranslatedReport(api);
      return {};
    },
    cancelAt: 'export',
  },
];

describe('every long job reports progress and honours cancel', { timeout: 60_000 }, () => {
  for (const c of CASES) {
    it(`${c.method}: progress arrives; a cancel writes nothing`, async () => {
      const api = newApi();
      const input = await c.setup(api);
      const before = snapshot(api);
      const cancelled = await run(api, c.method, input, c.cancelAt);
      expect(cancelled.response).toEqual({ ok: false, error: { code: 'cancelled', params: {} } });
      expect(snapshot(api)).toEqual(before);

      const done = await run(api, c.method, input);
      expect(done.response.ok, JSON.stringify(done.response)).toBe(true);
      expect(done.events.length).toBeGreaterThan(0);
      expect(done.events.map((e) => e.phase)).toContain(c.cancelAt);
      for (const e of done.events) expect(e.total === 0 || e.done <= e.total).toBe(true);
    });
  }

  it('an export of many segments reports them as it goes, ending at the total', async () => {
    const api = newApi();
    const id = importReport(api, 'long.txt', longReport(3000));
    const { response, events } = await run(api, 'exchange.export', { documentIds: [id], format: 'xliff' });
    expect(response.ok).toBe(true);
    expect(events.at(-1)).toEqual({ phase: 'export', done: 3000, total: 3000 });
  });

  it('the Word review import stores the reviewer comments once, even when the file comes back twice', async () => {
    const api = newApi();
    const input = await CASES.find((c) => c.method === 'exchange.importReview')!.setup(api);
    const id = api.services.documents.list()[0]!.id;
    const first = await run(api, 'exchange.importReview', input);
    expect(first.response).toMatchObject({ ok: true, result: { commentsAdded: 1 } });
    const again = await run(api, 'exchange.importReview', input);
    expect(again.response).toMatchObject({ ok: true, result: { commentsAdded: 0 } });
    expect(api.services.segmentReview.comments(id)).toMatchObject([
      { index: 1, text: 'Check the verb tense.', author: 'r.review.docx', resolved: false },
    ]);
  });

  it('a preview of the review import stores no comment', async () => {
    const api = newApi();
    const input = (await CASES.find((c) => c.method === 'exchange.importReview')!.setup(api)) as object;
    const id = api.services.documents.list()[0]!.id;
    const preview = await run(api, 'exchange.importReview', { ...input, dryRun: true });
    expect(preview.response).toMatchObject({ ok: true, result: { commentsAdded: 1, dryRun: true } });
    expect(api.services.segmentReview.comments(id)).toEqual([]);
  });

  it('jobs on one connection take turns, so two exports at once both succeed', async () => {
    const api = newApi();
    const id = importReport(api, 'long.txt', longReport(3000));
    const [a, b] = await Promise.all([
      run(api, 'exchange.export', { documentIds: [id], format: 'tmx', status: 'all' }),
      run(api, 'qa.run', {}),
    ]);
    expect(a.response.ok && b.response.ok).toBe(true);
  });
});
