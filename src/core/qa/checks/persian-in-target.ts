/**
 * persian-in-target: Arabic-script letters left in the English target (an untranslated word, a pasted
 * fragment). Each run of such words, spaces between them included, is one finding.
 */
import { hasArabicScript, isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'persian-in-target', severity: 'error', message: 'qa.persianInTarget' };
const LETTER = String.raw`(?:(?=\p{L})\p{sc=Arabic}[\p{M}\u200c\u200d]*)`;
const RUN = new RegExp(String.raw`${LETTER}(?:[\s\u200c]*${LETTER})*`, 'gu');

export const persianInTarget: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg) || !hasArabicScript(seg.target)) return [];
    const out: QaFinding[] = [];
    for (const m of seg.target.matchAll(RUN)) {
      const start = m.index ?? 0;
      out.push(makeFinding(info, seg, m[0], {}, { field: 'target', start, end: start + m[0].length }));
    }
    return out;
  },
};
