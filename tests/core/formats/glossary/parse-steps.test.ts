/**
 * The glossary parse as steps (issue 13.17): a long import takes the entries out of the collector as it
 * reads, so the file is never held as a list of entries; duplicates are still found because the collector
 * asks its seen index, not the entries it still holds.
 */
import { describe, expect, it } from 'vitest';
import {
  EntryCollector,
  parseGlossary,
  parseGlossarySteps,
  writeGlossary,
  type SeenIndex,
} from '../../../../src/core/formats/glossary';
import type { ParsedEntry } from '../../../../src/core/formats/glossary';
import type { GlossaryFormat } from '../../../../src/shared/model';

/** A seen index outside the collector, as the server's staging table is; counts what it is asked. */
function countingIndex(): SeenIndex & { asked: number } {
  const seen = new Map<string, string>();
  const index = {
    asked: 0,
    first: (space: string, value: string) => {
      index.asked++;
      return seen.get(`${space}\u0000${value}`);
    },
    remember: (space: string, value: string, where: string) => void seen.set(`${space}\u0000${value}`, where),
  };
  return index;
}

/** Drains the steps, taking entries out after every one; returns the entries and the most held at once. */
function drain(text: string, file: string, format: GlossaryFormat, collector: EntryCollector) {
  const taken: ParsedEntry[] = [];
  let steps = 0;
  let mostHeld = 0;
  const it = parseGlossarySteps(text, file, format, collector);
  for (let r = it.next(); ; r = it.next()) {
    mostHeld = Math.max(mostHeld, collector.entries.length);
    taken.push(...collector.entries.splice(0));
    if (r.done === true) return { taken, steps, mostHeld, format: r.value };
    steps++;
  }
}

const tsvLines = (n: number) =>
  Array.from({ length: n }, (_, i) => `واژه ${i.toString(36)}\tword ${i}\t`).join('\n');

describe('parseGlossarySteps', () => {
  it('yields per row, so a reader can take each entry out as it is read', () => {
    const text = `${tsvLines(500)}\nواژه 0\tword 0\t\n`;
    const index = countingIndex();
    const collector = new EntryCollector(index);
    const out = drain(text, 'g.txt', 'tsv', collector);
    expect(out.format).toBe('omegat-tsv');
    expect(out.steps).toBeGreaterThanOrEqual(500);
    expect(out.mostHeld).toBe(1);
    expect(out.taken).toHaveLength(500);
    // The repeat of line 1 on line 501 is found through the index, though line 1's entry was taken out.
    expect(collector.rejected).toEqual([
      { where: 'line 501', reason: 'duplicate of line 1 (same Persian and English terms)' },
    ]);
    expect(index.asked).toBeGreaterThan(500);
  });

  it('reads a TBX in pieces and finds the same entries and duplicate ids as the one-call parse', () => {
    const entries = Array.from({ length: 3_000 }, (_, i) => ({
      key: `k/${i}`,
      subject: 'general' as const,
      terms: [
        { lang: 'fa' as const, text: `واژه ${i}`, status: 'preferred' as const },
        { lang: 'en' as const, text: `word ${i}`, status: 'preferred' as const },
      ],
    }));
    const tbx = [...writeGlossary(entries, 'tbx', { createdAt: new Date(0), tool: 't' })].join('');
    // The same termEntry twice: its id is a duplicate.
    const first = /<termEntry[\s\S]*?<\/termEntry>/.exec(tbx)?.[0] ?? '';
    const doubled = tbx.replace('</body>', `${first}</body>`);
    const collector = new EntryCollector(countingIndex());
    const out = drain(doubled, 'g.tbx', 'tbx', collector);
    const whole = parseGlossary(doubled, 'g.tbx', 'tbx');
    expect(out.steps).toBeGreaterThan(1);
    expect(out.mostHeld).toBeLessThan(3_000);
    expect(out.taken).toEqual(whole.entries);
    expect(collector.rejected).toEqual(whole.rejected);
    expect(whole.rejected).toHaveLength(1);
  });
});
