import { describe, expect, it } from 'vitest';
import { EntryCollector, checkEntry } from '../../../../src/core/formats/glossary/entry-collector';
import { entryInputSchema } from '../../../../src/shared/api';
import type { EntryInput } from '../../../../src/shared/model';
import { en, entryInput, fa } from '../../../helpers/builders';

const entry = (extra: Partial<EntryInput> = {}): EntryInput => entryInput(undefined, undefined, { subject: 'general', ...extra });

/** Edge cases on both sides of every limit in entryInputSchema. */
const CASES: [string, EntryInput][] = [
  ['plain', entry()],
  ['no Persian', entry({ terms: [en(), en('Guards')] })],
  ['no English', entry({ terms: [fa(), fa('پاسداران')] })],
  ['term of 500 characters', entry({ terms: [fa('ب'.repeat(500)), en()] })],
  ['term of 501 characters', entry({ terms: [fa(), en('x'.repeat(501))] })],
  ['blank term', entry({ terms: [fa('   '), en()] })],
  ['50 terms', entry({ terms: [fa(), ...Array.from({ length: 49 }, (_, i) => en(`t${i}`))] })],
  ['51 terms', entry({ terms: [fa(), ...Array.from({ length: 50 }, (_, i) => en(`t${i}`))] })],
  ['part of speech of 40', entry({ terms: [fa('سپاه', 'preferred', { partOfSpeech: 'n'.repeat(40) }), en()] })],
  ['part of speech of 41', entry({ terms: [fa('سپاه', 'preferred', { partOfSpeech: 'n'.repeat(41) }), en()] })],
  ['term note of 2000', entry({ terms: [fa(), en('IRGC', 'preferred', { note: 'n'.repeat(2000) })] })],
  ['term note of 2001', entry({ terms: [fa(), en('IRGC', 'preferred', { note: 'n'.repeat(2001) })] })],
  ['definition of 2001', entry({ definition: 'd'.repeat(2001) })],
  ['note of 2000', entry({ note: 'd'.repeat(2000) })],
  ['source of 2001', entry({ source: 's'.repeat(2001) })],
  ['good key', entry({ key: 'rank/sar_lashkar.v2-b' })],
  ['key of 100', entry({ key: 'k'.repeat(100) })],
  ['key of 101', entry({ key: 'k'.repeat(101) })],
  ['upper-case key', entry({ key: 'Rank/x' })],
  ['key starting with /', entry({ key: '/rank' })],
  ['key with a space', entry({ key: 'rank x' })],
];

describe('checkEntry', () => {
  it.each(CASES)('agrees with the API schema: %s', (_, input) => {
    expect(checkEntry(input) === undefined).toBe(entryInputSchema.safeParse(input).success);
  });

  it('says which term breaks a limit', () => {
    expect(checkEntry(entry({ terms: [fa(), en('x'.repeat(501))] }))).toBe(`English term "${'x'.repeat(40)}" is 501 characters; at most 500`);
    expect(checkEntry(entry({ key: 'Rank/x' }))).toMatch(/^key "Rank\/x" must be/);
  });
});

describe('EntryCollector', () => {
  it('treats the same terms in another order or English case as a duplicate, and a new term as new', () => {
    const c = new EntryCollector();
    expect(c.add('line 1', entry({ terms: [fa(), en('IRGC'), en('Guards')] }))).toBe(true);
    expect(c.add('line 2', entry({ subject: 'military', terms: [en('guards'), fa(), en('irgc')] }))).toBe(false);
    expect(c.add('line 3', entry({ terms: [fa(), en('IRGC'), en('Guards'), en('Sepah')] }))).toBe(true);
    expect(c.rejected).toEqual([{ where: 'line 2', reason: 'duplicate of line 1 (same Persian and English terms)' }]);
  });

  it('refuses a key used by an earlier entry', () => {
    const c = new EntryCollector();
    c.add('line 1', entry({ key: 'org/irgc' }));
    c.add('line 2', entry({ key: 'org/irgc', terms: [fa('بسیج'), en('Basij')] }));
    expect(c.entries).toHaveLength(1);
    expect(c.rejected).toEqual([{ where: 'line 2', reason: 'duplicate key "org/irgc" (first used at line 1)' }]);
  });
});
