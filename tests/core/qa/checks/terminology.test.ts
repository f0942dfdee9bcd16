import { describe, expect, it } from 'vitest';
import { termForbidden } from '../../../../src/core/qa/checks/term-forbidden';
import { termMissing } from '../../../../src/core/qa/checks/term-missing';
import type { QaSegment } from '../../../../src/core/qa/types';
import { DOCS, makeSegment } from '../helpers';

const seg = (source: string, target: string, status: QaSegment['status'] = 'translated'): QaSegment =>
  makeSegment(DOCS.bagheri, 2, source, target, status);
const missing = (s: QaSegment): string[] => termMissing.run(s).map((f) => f.text);
const forbidden = (s: QaSegment): string[] => termForbidden.run(s).map((f) => f.text);

// «سرلشکر» has "Major General" preferred and "General" deprecated; «ستاد کل نیروهای مسلح» has
// "General Staff of the Armed Forces" preferred (see helpers.ts).
const RANKS = 'سرلشکر باقری رئیس ستاد کل نیروهای مسلح با وزیر دفاع بلاروس دیدار کرد.';

describe('term-missing', () => {
  it('accepts the preferred term, an admitted one, and tolerated spellings of either', () => {
    for (const target of [
      'Major General Bagheri, Chief of the General Staff of the Armed Forces, met the Defence Minister of Belarus.',
      'Maj. Gen. Bagheri, Chief of the Armed Forces General Staff, met the Belarusian Minister of Defence.',
      'Major-General Bagheri, chief of the general staff of the armed forces, met the defence minister of Belarus.',
    ]) {
      expect(missing(seg(RANKS, target)), target).toEqual([]);
    }
  });

  it('reports each entry whose allowed English is absent, once, with the preferred term to use', () => {
    const s = seg(RANKS, 'Bagheri, the chief of staff, met the minister of Belarus.');
    const found = termMissing.run(s);
    expect(found.map((f) => [f.text, f.params.expected, f.severity])).toEqual([
      ['سرلشکر', 'Major General', 'error'],
      ['ستاد کل نیروهای مسلح', 'General Staff of the Armed Forces', 'error'],
      ['وزیر دفاع', 'Defence Minister', 'error'],
    ]);
    expect(found.map((f) => s.source.slice(f.range?.start, f.range?.end))).toEqual([
      'سرلشکر',
      'ستاد کل نیروهای مسلح',
      'وزیر دفاع',
    ]);
  });

  it('stays quiet where a deprecated or forbidden term stands in its place: term-forbidden reports that', () => {
    const s = seg(RANKS, 'General Bagheri, the chief of staff, met the Defense Minister of Belarus.');
    expect(termMissing.run(s).map((f) => f.text)).toEqual(['ستاد کل نیروهای مسلح']);
  });

  it('reports a term repeated in the source once, and not at all if rendered once', () => {
    const source =
      'وزیر دفاع جمهوری اسلامی ایران از هرگونه تلاش دیپلماتیک حمایت میکند و جمهوری اسلامی ایران به حل مسالمت آمیز مناقشات پایبند است.';
    expect(
      missing(
        seg(
          source,
          'The Defence Minister said that Iran supports any diplomatic effort and is committed to peace.',
        ),
      ),
    ).toEqual(['جمهوری اسلامی ایران']);
    expect(
      missing(
        seg(
          source,
          'The Defence Minister said that the Islamic Republic of Iran supports any diplomatic effort and is committed to peaceful settlement.',
        ),
      ),
    ).toEqual([]);
  });

  it('does not accept a longer word as the term ("Iranian" for an entry that only has "Iran")', () => {
    // «تهران» has only "Tehran"/"Teheran": "Tehranis" is another word.
    expect(missing(seg('سفر به تهران', 'a trip to meet Tehranis'))).toEqual(['تهران']);
  });

  it('skips untranslated segments', () => {
    expect(missing(seg(RANKS, '', 'new'))).toEqual([]);
    expect(missing(seg(RANKS, '', 'draft'))).toEqual([]);
  });

  it('does not report an entry that has no preferred or admitted English', () => {
    const s = seg('سفر به تهران', 'a trip to the capital');
    s.hits = s.hits.map((h) => ({
      ...h,
      ref: { ...h.ref, english: h.ref.english.filter((e) => e.status === 'deprecated') },
    }));
    expect(missing(s)).toEqual([]);
  });
});

describe('term-forbidden', () => {
  it('reports deprecated and forbidden English of the hit entries, where they are in the target', () => {
    const s = seg(
      RANKS,
      'General Bagheri, Chief of the General Staff of the Armed Forces, met the Defense Minister of Byelorussia.',
    );
    const found = termForbidden.run(s);
    expect(found.map((f) => [f.text, f.params.forbidden, f.params.status, f.params.expected])).toEqual([
      ['General', 'General', 'deprecated', 'Major General'],
      ['Defense Minister', 'Defense Minister', 'deprecated', 'Defence Minister'],
      ['Byelorussia', 'Byelorussia', 'forbidden', 'Belarus'],
    ]);
    expect(found.map((f) => s.target.slice(f.range?.start, f.range?.end))).toEqual([
      'General',
      'Defense Minister',
      'Byelorussia',
    ]);
  });

  it('does not report a deprecated term inside an allowed term of the same or another entry', () => {
    // "General" (deprecated for «سرلشکر») is inside "Major General" and inside "General Staff ...".
    expect(
      forbidden(
        seg(
          RANKS,
          'Major General Bagheri, Chief of the General Staff of the Armed Forces, met the Defence Minister of Belarus.',
        ),
      ),
    ).toEqual([]);
  });

  it('reports a place once when two hit entries deprecate the same English', () => {
    const s = seg('سرلشکر باقری', 'General Bagheri');
    const [hit] = s.hits;
    if (!hit) throw new Error('no hit');
    s.hits = [hit, { ...hit, entry: 999, ref: { ...hit.ref, entry: 999, term: 'تیمسار' } }];
    expect(forbidden(s)).toEqual(['General']);
  });

  it('tolerates case and plural in forbidden terms too', () => {
    expect(forbidden(seg('سفر به تهران', 'a trip to TEHERAN'))).toEqual(['TEHERAN']);
  });

  it('ignores forbidden English of entries that are not in the source', () => {
    // "Byelorussia" is forbidden for «بلاروس», which this sentence does not contain.
    expect(forbidden(seg('سفر به تهران', 'a trip to Tehran, as Byelorussia was then called'))).toEqual([]);
  });
});
