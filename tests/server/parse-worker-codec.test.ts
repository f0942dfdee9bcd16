/**
 * The strings batches of parsed items cross the threads in (src/server/parse-worker/batch-codec.ts):
 * what the worker encodes, the writing side decodes to the same items, whatever the text holds; and a
 * batch that does not decode fails loudly instead of shifting fields.
 */
import { describe, expect, it } from 'vitest';
import { glossaryCodec, tmxCodec } from '../../src/server/parse-worker/batch-codec';
import type { GlossaryItem, TmxItem } from '../../src/server/parse-worker/protocol';

const roundTrip = <Item>(
  codec: { encode(i: Item): string; join(e: string[]): string; decode(b: string): Item[] },
  items: Item[],
) => codec.decode(codec.join(items.map((i) => codec.encode(i))));

describe('batch codecs', () => {
  it('give back TMX units and skips field for field, nulls, empty keys and awkward text included', () => {
    const items: TmxItem[] = [
      [
        'سرلشکر باقری\nگفت: «همکاری‌ها»',
        'He said, "cooperation" [continues], {1}\\',
        null,
        null,
        ['سرلشکر', 'باقری'],
        12,
      ],
      ['', ' ', '', '', [], 1],
      ['no_pair', 40],
      ['a,b', 'c\u0000d\r\n', 'رضا', '20240301T102030Z', ['a,b', '\u200c'], 2_000_000],
      ['empty_target', 7],
    ];
    expect(roundTrip(tmxCodec, items)).toEqual(items);
    expect(roundTrip(tmxCodec, [items[2] as TmxItem])).toEqual([items[2]]);
  });

  it('give back glossary entries with their term keys', () => {
    const items: GlossaryItem[] = [
      [
        {
          subject: 'rank',
          note: 'line\nbreak',
          terms: [
            { lang: 'fa', text: 'سرلشکر', status: 'preferred' },
            { lang: 'en', text: 'Major General', status: 'preferred', partOfSpeech: 'noun' },
          ],
        },
        ['سرلشکر', 'major general'],
      ],
    ];
    expect(roundTrip(glossaryCodec, items)).toEqual(items);
  });

  it('refuse a TMX batch whose fields do not line up, naming where', () => {
    const unit = tmxCodec.encode(['a', 'b', null, null, [], 3]);
    expect(() => tmxCodec.decode(unit.slice(0, unit.lastIndexOf('\uffff')))).toThrow(/malformed at field 0/);
    expect(() => tmxCodec.decode(unit.replace(/3$/, 'x'))).toThrow(/bad line "x"/);
    expect(() => tmxCodec.decode(`q${unit.slice(1)}`)).toThrow(/malformed/);
  });
});
