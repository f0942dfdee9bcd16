import { describe, expect, test } from 'vitest';
import { buildMatcher, matcherTermsFromEntries } from '../../../../src/core/glossary';
import { segmentTermState } from '../../../../src/renderer/src/features/consistency/consistency';
import { termPanelItems } from '../../../../src/renderer/src/features/term-panel/term-panel';
import type { Entry } from '../../../../src/shared/model';

const meta = { createdAt: '', createdBy: 't', modifiedAt: '', modifiedBy: 't' };
const entries: Entry[] = [
  {
    id: 1,
    subject: 'rank',
    ...meta,
    terms: [
      { lang: 'fa', text: 'سرلشکر', status: 'preferred' },
      { lang: 'en', text: 'Major General', status: 'preferred' },
      { lang: 'en', text: 'Maj. Gen.', status: 'admitted' },
      { lang: 'en', text: 'Divisional General', status: 'forbidden' },
    ],
  },
  {
    id: 2,
    subject: 'place',
    ...meta,
    terms: [
      { lang: 'fa', text: 'بلاروس', status: 'preferred' },
      { lang: 'en', text: 'Belarus', status: 'preferred' },
    ],
  },
];
const byId = new Map(entries.map((e) => [e.id, e] as const));
const matcher = buildMatcher(matcherTermsFromEntries(entries));
const source = 'سرلشکر باقری به بلاروس سفر کرد.';
const hits = matcher.match(source);

describe('live term consistency of one segment', () => {
  test('the source has both terms', () => {
    expect(hits.map((h) => h.entry).sort()).toEqual([1, 2]);
  });

  test('an empty draft is not flagged (nothing typed yet)', () => {
    const s = segmentTermState(source, '  ', hits, byId);
    expect(s.missing).toEqual([]);
    expect(s.missingEntries.size).toBe(0);
  });

  test('a draft without the preferred English flags the entry, with the expected rendering', () => {
    const s = segmentTermState(source, 'Bagheri travelled to Belarus.', hits, byId);
    expect([...s.missingEntries]).toEqual([1]);
    expect(s.missing[0]).toMatchObject({ entry: 1, expected: 'Major General' });
    // Belarus is there: its range is reported as found.
    const target = 'Bagheri travelled to Belarus.';
    expect(s.found.map((f) => target.slice(f.start, f.end))).toEqual(['Belarus']);
  });

  test('the flag clears as soon as an allowed rendering is typed, in any inflection', () => {
    for (const target of [
      'Major General Bagheri went to Belarus',
      'Maj. Gen. Bagheri went to Belarus',
      "The major generals' visit to Belarus",
    ]) {
      expect(segmentTermState(source, target, hits, byId).missingEntries.size, target).toBe(0);
    }
  });

  test('a forbidden rendering is located in the draft', () => {
    const target = 'Divisional General Bagheri visited Belarus';
    const s = segmentTermState(source, target, hits, byId);
    expect(s.forbidden).toHaveLength(1);
    expect(target.slice(s.forbidden[0]!.start, s.forbidden[0]!.end)).toBe('Divisional General');
    expect(s.forbidden[0]!.expected).toBe('Major General');
    // The Persian hit of that entry is marked too.
    expect([...s.forbiddenEntries]).toEqual([1]);
    expect(s.forbidden[0]!.entry).toBe(1);
  });

  test('the side panel shows the forbidden rendering on its term, as the panes mark it', () => {
    const bad = termPanelItems(
      hits,
      segmentTermState(source, 'Divisional General Bagheri visited Belarus', hits, byId),
      byId,
    );
    expect(bad.find((i) => i.entry === 1)?.forbidden).toEqual([
      { used: 'Divisional General', expected: 'Major General' },
    ]);
    expect(bad.find((i) => i.entry === 2)?.forbidden).toEqual([]);
    const good = termPanelItems(
      hits,
      segmentTermState(source, 'Major General Bagheri visited Belarus', hits, byId),
      byId,
    );
    expect(good.every((i) => i.forbidden.length === 0)).toBe(true);
  });

  test('hits of entries no longer in the glossary are ignored', () => {
    const s = segmentTermState(source, 'Bagheri went there', hits, new Map([[2, entries[1]!]]));
    expect([...s.missingEntries]).toEqual([2]);
  });
});
