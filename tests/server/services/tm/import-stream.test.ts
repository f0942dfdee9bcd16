import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { useTmApi } from './setup';

const setup = useTmApi();

/** A TMX of `n` distinct units (and one repeat of the first), written to `dir`. */
function tmxFile(dir: string, n: number): string {
  const tu = (i: number): string =>
    `<tu><tuv xml:lang="fa-IR"><seg>وزیر دفاع در دیدار ${i} گفت</seg></tuv>` +
    `<tuv xml:lang="en-US"><seg>The minister said at meeting ${i}</seg></tuv></tu>`;
  const body = Array.from({ length: n }, (_, i) => tu(i)).join('\n');
  const file = join(dir, 'units.tmx');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="fa-IR" creationtool="t" creationtoolversion="1" ` +
      `segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>\n${body}\n${tu(0)}\n</body></tmx>\n`,
  );
  return file;
}

describe('TMX import from a file', () => {
  it('reads the file as a stream, reports progress by bytes, counts repeats as skipped', async () => {
    const { api, dir } = setup();
    const file = tmxFile(dir, 12_000);
    const seen: { done: number; total: number; phase: string }[] = [];
    const res = await api.handlers['tm.importFile'](
      { path: file, name: 'big' },
      { progress: (p) => seen.push(p), signal: new AbortController().signal },
    );
    expect(res).toEqual({ name: 'big', units: 12_000, skipped: 1 });
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen.every((p) => p.phase === 'read' && p.total > 0 && p.done <= p.total)).toBe(true);
    expect(seen.at(-1)?.done).toBe(seen.at(-1)?.total);
    expect(api.services.tm.lookup('وزیر دفاع در دیدار 11999 گفت')[0]?.score).toBe(100);
  });

  it('indexes every unit: words numbered in batches, targets found by concordance at both ends', async () => {
    const { api, dir } = setup();
    // 12,000 units, each with a number word of its own: new words span many batches and a remainder,
    // and the targets' index is filled in batches with a partial one at the end.
    const file = tmxFile(dir, 12_000);
    await api.handlers['tm.importFile']({ path: file, name: 'big' }, undefined);
    const tm = api.services.tm;
    for (const i of [0, 2047, 2048, 11_999]) {
      expect(tm.lookup(`وزیر دفاع در دیدار ${i} گفت`)[0]).toMatchObject({ score: 100 });
      const hits = tm.concordance(`meeting ${i}`, { side: 'target' });
      expect(hits.map((h) => h.target)).toContain(`The minister said at meeting ${i}`);
    }
    // A second file after the first: its new words get numbers of their own, the old ones are reused.
    const second = join(dir, 'second.tmx');
    writeFileSync(
      second,
      `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="fa" creationtool="t" creationtoolversion="1" ` +
        `segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>` +
        `<tu><tuv xml:lang="fa"><seg>سفیر تازه در دیدار 5 گفت</seg></tuv><tuv xml:lang="en"><seg>The new ambassador said</seg></tuv></tu>` +
        `</body></tmx>\n`,
    );
    await api.handlers['tm.importFile']({ path: second, name: 'second' }, undefined);
    expect(tm.lookup('سفیر تازه در دیدار 5 گفت')[0]).toMatchObject({
      score: 100,
      target: 'The new ambassador said',
    });
    expect(tm.lookup('وزیر دفاع در دیدار 5 گفت')[0]).toMatchObject({
      score: 100,
      target: 'The minister said at meeting 5',
    });
    expect(tm.concordance('ambassador', { side: 'target' })).toHaveLength(1);
  });

  it('rolls everything back when cancelled part-way', async () => {
    const { api, dir } = setup();
    const file = tmxFile(dir, 12_000);
    const controller = new AbortController();
    let err: unknown;
    try {
      await api.handlers['tm.importFile'](
        { path: file, name: 'big' },
        {
          // Cancel once the first progress report arrives: thousands of units are already written.
          progress: () => controller.abort(),
          signal: controller.signal,
        },
      );
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe('cancelled');
    expect(api.services.tm.list().map((m) => m.name)).toEqual(['project']);
    expect(api.services.tm.lookup('وزیر دفاع در دیدار 1 گفت')).toEqual([]);
  });

  it('names a missing file', async () => {
    const { api, dir } = setup();
    const path = join(dir, 'nope.tmx');
    await expect(
      Promise.resolve().then(() => api.handlers['tm.importFile']({ path, name: 'x' }, undefined)),
    ).rejects.toMatchObject({
      code: 'file_not_found',
      params: { file: path },
    });
  });
});
