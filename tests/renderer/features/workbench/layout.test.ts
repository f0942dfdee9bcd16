import { describe, expect, test } from 'vitest';
import {
  buildLayout,
  lineOf,
  paneText,
  segmentLineFrom,
  windowOf,
} from '../../../../src/renderer/src/features/workbench/layout';

const segs = (paragraphs: number[]): { paragraph: number }[] =>
  paragraphs.map((paragraph) => ({ paragraph }));

describe('pane layout', () => {
  test('one line per segment and a blank line between paragraphs', () => {
    const layout = buildLayout(segs([0, 0, 1, 2, 2]));
    expect(layout.lineCount).toBe(7);
    expect([...layout.lineOfSegment]).toEqual([1, 2, 4, 6, 7]);
    expect([...layout.segmentOfLine].slice(1)).toEqual([0, 1, -1, 2, -1, 3, 4]);
    expect(paneText(layout, (i) => `s${i}`)).toBe('s0\ns1\n\ns2\n\ns3\ns4');
  });

  test('source and target panes built from the same layout have the same line count', () => {
    const layout = buildLayout(segs([0, 1, 1, 3]));
    const a = paneText(layout, (i) => `source ${i}`).split('\n');
    const b = paneText(layout, () => '').split('\n');
    expect(a.length).toBe(b.length);
    expect(a.length).toBe(layout.lineCount);
  });

  test('an empty document still has one (separator) line', () => {
    const layout = buildLayout([]);
    expect(layout.lineCount).toBe(1);
    expect(segmentLineFrom(layout, 1, 1)).toBeNull();
  });

  test('segmentLineFrom steps over separators in either direction', () => {
    const layout = buildLayout(segs([0, 1, 2]));
    // lines: 1 seg0, 2 sep, 3 seg1, 4 sep, 5 seg2
    expect(segmentLineFrom(layout, 2, 1)).toBe(3);
    expect(segmentLineFrom(layout, 2, -1)).toBe(1);
    expect(segmentLineFrom(layout, 6, 1)).toBeNull();
    expect(segmentLineFrom(layout, 0, -1)).toBeNull();
  });
});

describe('windows of long documents', () => {
  test('a window maps its lines to document positions', () => {
    const all = segs([0, 0, 1, 1, 2, 2, 3]);
    const layout = buildLayout(all, 2, 3);
    // positions 2,3 (paragraph 1), separator, 4 (paragraph 2)
    expect([...layout.segmentOfLine].slice(1)).toEqual([2, 3, -1, 4]);
    expect(lineOf(layout, 2)).toBe(1);
    expect(lineOf(layout, 4)).toBe(4);
    expect(lineOf(layout, 1)).toBeUndefined();
    expect(lineOf(layout, 5)).toBeUndefined();
  });

  test('windowOf cuts fixed pages, and short documents are one window', () => {
    expect(windowOf(0, 100, 250)).toEqual({ first: 0, count: 100 });
    expect(windowOf(0, 290, 250)).toEqual({ first: 0, count: 290 });
    expect(windowOf(10, 1000, 250)).toEqual({ first: 0, count: 250 });
    expect(windowOf(250, 1000, 250)).toEqual({ first: 250, count: 250 });
    expect(windowOf(999, 1026, 250)).toEqual({ first: 750, count: 250 });
    expect(windowOf(1025, 1026, 250)).toEqual({ first: 1000, count: 26 });
  });

  test('every position belongs to exactly the window windowOf gives for it', () => {
    const total = 777;
    for (let pos = 0; pos < total; pos += 7) {
      const w = windowOf(pos, total, 100);
      expect(pos).toBeGreaterThanOrEqual(w.first);
      expect(pos).toBeLessThan(w.first + w.count);
    }
  });
});
