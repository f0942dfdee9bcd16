import { describe, expect, test } from 'vitest';
import { buildLayout, paneText, segmentLineFrom } from '../../../../src/renderer/src/features/workbench/layout';

const segs = (paragraphs: number[]): { paragraph: number }[] => paragraphs.map((paragraph) => ({ paragraph }));

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
