/**
 * bidi-control: invisible direction marks, embeddings, isolates, ZWNJ or ZWJ in the English target. They
 * come from pasting Persian text, are invisible in the editor, and break search, spell checking and the
 * layout of exported files. One finding per kind of character, with its count.
 */
import { excerpt, isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'bidi-control', severity: 'warning', message: 'qa.bidiControl' };

const NAMES: Record<number, string> = {
  0x061c: 'ALM',
  0x200c: 'ZWNJ',
  0x200d: 'ZWJ',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
};
const CONTROLS = /[\u061c\u200c-\u200f\u202a-\u202e\u2066-\u2069]/gu;

const hex = (c: number): string => `U+${c.toString(16).toUpperCase().padStart(4, '0')}`;

export const bidiControl: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg)) return [];
    const first = new Map<number, { at: number; count: number }>();
    for (const m of seg.target.matchAll(CONTROLS)) {
      const c = m[0].charCodeAt(0);
      const seen = first.get(c);
      if (seen) seen.count++;
      else first.set(c, { at: m.index ?? 0, count: 1 });
    }
    const out: QaFinding[] = [];
    for (const [c, { at, count }] of first) {
      const name = NAMES[c] ?? hex(c);
      // The control itself is invisible: show where it is, with the character named in place.
      const text = excerpt(seg.target, at, at + 1, 8).replace(
        CONTROLS,
        (x) => `[${NAMES[x.charCodeAt(0)] ?? hex(x.charCodeAt(0))}]`,
      );
      out.push(
        makeFinding(
          info,
          seg,
          text,
          { char: name, code: hex(c), count },
          { field: 'target', start: at, end: at + 1 },
        ),
      );
    }
    return out;
  },
};
