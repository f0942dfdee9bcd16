import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextChunks } from '../../../../src/server/text-chunks';
import { AppError } from '../../../../src/shared/errors';
import { xmllint } from '../../../helpers/xmllint';
import { FIXTURES, useTmApi } from './setup';

const setup = useTmApi();
const fixture = (name: string) => join(FIXTURES, name);

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('no error');
}

async function rejectionOf(promise: Promise<unknown>): Promise<AppError> {
  try {
    await promise;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('no error');
}

describe('reference memories', () => {
  it('imports OmegaT (TMX 1.1), Trados-style and translate-toolkit files, mapping language variants', async () => {
    const { api } = setup();
    const tm = api.services.tm;
    expect(await tm.importTmx(readTextChunks(fixture('omegat.tmx')), 'omegat.tmx', 'omegat')).toEqual({
      name: 'omegat',
      units: 2,
      skipped: 1,
      skippedBy: { no_pair: 1 },
      duplicates: 0,
    });
    expect(
      (await tm.importTmx(readFileSync(fixture('trados.tmx'), 'utf8'), 'trados.tmx', 'trados')).units,
    ).toBe(1);
    expect((await tm.importTmx(readTextChunks(fixture('translate-toolkit.tmx')), 'tt.tmx', 'tt')).units).toBe(
      2,
    );
    expect(tm.list().map((m) => [m.name, m.kind, m.units])).toEqual([
      ['project', 'project', 0],
      ['omegat', 'reference', 2],
      ['trados', 'reference', 1],
      ['tt', 'reference', 2],
    ]);
    const [m] = tm.lookup('وزیر دفاع جمهوری اسلامی ایران گفت');
    expect(m).toMatchObject({ score: 99, origin: 'omegat', author: 'sara' });
    expect(tm.lookup('رئیس جمهور ایران به نیویورک سفر کرد')[0]).toMatchObject({ score: 100, origin: 'tt' });
  });

  it('is removable, and the project memory is not', async () => {
    const { api } = setup();
    const tm = api.services.tm;
    await tm.importTmx(readTextChunks(fixture('omegat.tmx')), 'omegat.tmx', 'omegat');
    expect(tm.lookup('وزیر دفاع جمهوری اسلامی ایران گفت.')).toHaveLength(1);
    expect(tm.remove('omegat')).toBe(true);
    expect(tm.lookup('وزیر دفاع جمهوری اسلامی ایران گفت.')).toEqual([]);
    expect(tm.concordance('وزیر دفاع')).toEqual([]);
    expect(errorOf(() => tm.remove('project')).code).toBe('forbidden');
    expect(errorOf(() => tm.remove('nothing')).code).toBe('not_found');
  });

  it('refuses a repeated name', async () => {
    const { api } = setup();
    await api.services.tm.importTmx(readTextChunks(fixture('trados.tmx')), 'trados.tmx', 'x');
    expect(
      (await rejectionOf(api.services.tm.importTmx(readTextChunks(fixture('trados.tmx')), 't', 'x'))).code,
    ).toBe('conflict');
  });

  it.each([
    [
      'wrong-direction.tmx',
      { line: 3, element: 'header', reason: 'source language is en, expected Persian (fa)' },
    ],
    ['no-english.tmx', { line: 5, reason: 'no unit has both Persian and English text' }],
    ['malformed.tmx', { line: 6 }],
    ['xxe.tmx', { reason: 'entity declarations are not allowed' }],
  ])('rejects %s with file and line, importing nothing', async (name, params) => {
    const { api } = setup();
    const before = api.services.tm.list();
    const err = await rejectionOf(api.services.tm.importTmx(readTextChunks(fixture(name)), name, 'bad'));
    expect(err.code).toBe('parse');
    expect(err.params).toMatchObject({ file: name, ...params });
    expect(api.services.tm.list()).toEqual(before);
    // The name is free again: nothing of the failed import is left.
    expect(
      (await api.services.tm.importTmx(readTextChunks(fixture('trados.tmx')), 'trados.tmx', 'bad')).units,
    ).toBe(1);
  });

  it('finds concordance in any spelling on the Persian side, and on the English side', async () => {
    const { api } = setup();
    const tm = api.services.tm;
    await tm.importTmx(readTextChunks(fixture('omegat.tmx')), 'omegat.tmx', 'omegat');
    await tm.importTmx(readTextChunks(fixture('translate-toolkit.tmx')), 'tt.tmx', 'tt');
    const fa = tm.concordance('بین‌المللی');
    expect(fa.map((h) => h.source.slice(h.ranges[0]!.start, h.ranges[0]!.end))).toEqual(['بین المللی']);
    const minister = tm.concordance('وزیر');
    expect(minister.map((h) => h.target)).toEqual([
      'The Defence Minister of the Islamic Republic of Iran said.',
    ]);
    const en = tm.concordance('islamic republic', { side: 'target' });
    expect(en).toHaveLength(1);
    expect(en[0]!.target.slice(en[0]!.ranges[0]!.start, en[0]!.ranges[0]!.end)).toBe('Islamic Republic');
  });

  it('exports the project memory as valid TMX 1.4b', async () => {
    const { api, a } = setup();
    await api.handlers['segments.saveTarget']({
      documentId: a,
      index: 1,
      target: 'At the end <of> the meeting & more.',
      status: 'translated',
    });
    const xml = [...api.services.tm.exportChunks({ tool: 'Barabar', toolVersion: 'test' })].join('');
    expect(xmllint(xml, 'tmx')).toEqual({ ok: true, errors: '' });
    expect(xml).toContain('At the end &lt;of&gt; the meeting &amp; more.');
    expect(xml).toContain('<prop type="x-document">a.txt</prop>');
  });
});
