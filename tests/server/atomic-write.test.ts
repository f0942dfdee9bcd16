import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomically } from '../../src/server/atomic-write';
import { createApi } from '../../src/server/create-api';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

describe('atomic export writes', () => {
  it('removes temp files a killed export left, and nothing else', () => {
    const dir = tempDir();
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    const leave = (name: string, old: boolean): string => {
      const path = join(dir, name);
      writeFileSync(path, 'partial');
      if (old) utimesSync(path, hourAgo, hourAgo);
      return path;
    };
    const stale = [leave('.report.xlf.0123456789ab.tmp', true), leave('.other.tmx.abcdef012345.tmp', true)];
    const kept = [
      leave('.report.xlf.fedcba987654.tmp', false), // ours but young: an export running in another process
      leave('.report.xlf.0123456789AB.tmp', true), // not our pattern (upper-case hex)
      leave('.report.xlf.0123.tmp', true), // not our pattern (short)
      leave('notes.tmp', true),
      leave('report.xlf', true),
    ];

    const api = createApi({ dbPath: join(tempDir(), 'x.sqlite') });
    try {
      const [doc] = api.services.documents.importFiles([
        { name: 'a.txt', file: 'a.txt', bytes: new TextEncoder().encode('سلام. خداحافظ.') },
      ]);
      const out = join(dir, 'export.xlf');
      writeFileAtomically(out, api.services.exchange.chunks([doc!.document.id], 'xliff12'));
      expect(readFileSync(out, 'utf8')).toContain('سلام.');
    } finally {
      api.close();
    }
    for (const path of stale) expect(existsSync(path)).toBe(false);
    for (const path of kept) expect(existsSync(path)).toBe(true);
    // No temp file of this export is left either.
    expect(readdirSync(dir).filter((n) => n.startsWith('.export.xlf.'))).toEqual([]);
  });

  it('leaves no temp file and no target when the content fails mid-way', () => {
    const dir = tempDir();
    const out = join(dir, 'broken.tsv');
    function* failing(): Generator<string> {
      yield 'a\tb\n';
      throw new Error('writer failed');
    }
    expect(() => writeFileAtomically(out, failing())).toThrow('writer failed');
    expect(readdirSync(dir)).toEqual([]);
  });
});
