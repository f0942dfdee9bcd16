/**
 * XLIFF 1.2 as translate-toolkit reads it (issue 13.1): a confirmed segment must not come out fuzzy, and
 * a trip xliff2po → pomerge must bring every status back. Real tools, no stand-ins.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readXliff, writeXliff12 } from '../../../../src/core/formats/bilingual';
import type { BilingualSegment } from '../../../../src/core/formats/bilingual';
import { readPo, translateToolkit } from '../../../helpers/translate-toolkit';
import { useTempDir } from '../../../helpers/temp';
import { OPTS, corpusDocs, join as joinChunks } from './fixture';

const tempDir = useTempDir();

describe('XLIFF 1.2 through translate-toolkit', { timeout: 60_000 }, () => {
  // One document: trans-unit ids repeat across documents, and PO references carry only the id.
  const doc = corpusDocs(25)[0]!;
  const segments = [...doc.segments] as BilingualSegment[];
  const confirmed = (s: BilingualSegment): boolean => ['translated', 'reviewed', 'final'].includes(s.status);

  it('xliff2po sees confirmed segments as translated, drafts as fuzzy, new ones as empty', () => {
    expect(new Set(segments.map((s) => s.status)).size).toBe(5);
    const dir = tempDir();
    writeFileSync(join(dir, 'work.xlf'), joinChunks(writeXliff12([doc], OPTS)));
    translateToolkit('xliff2po', [join(dir, 'work.xlf'), join(dir, 'work.po')]);
    const po = new Map(readPo(readFileSync(join(dir, 'work.po'), 'utf8')).map((u) => [u.refs[0], u]));
    for (const s of segments) {
      const unit = po.get(`s${s.index}`);
      expect(unit, `s${s.index}`).toBeDefined();
      if (s.status === 'new') expect(unit!.translated, `s${s.index}`).toBe(false);
      else expect({ id: s.index, fuzzy: unit!.fuzzy }).toEqual({ id: s.index, fuzzy: !confirmed(s) });
    }
  });

  it('xliff2po → pomerge → import gives back the same statuses', () => {
    const dir = tempDir();
    const xlf = join(dir, 'work.xlf');
    writeFileSync(xlf, joinChunks(writeXliff12([doc], OPTS)));
    translateToolkit('xliff2po', [xlf, join(dir, 'work.po')]);
    translateToolkit('pomerge', ['-t', xlf, '-i', join(dir, 'work.po'), '-o', join(dir, 'merged.xlf')]);
    const back = readXliff(readFileSync(join(dir, 'merged.xlf'), 'utf8'), 'merged.xlf');
    const statuses = back.files.flatMap((f) =>
      f.units.flatMap((u) => u.segments.map((s) => [s.id, s.state])),
    );
    expect(statuses).toEqual(segments.map((s) => [`s${s.index}`, s.status]));
  });
});
