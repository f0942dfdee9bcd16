/**
 * target-equals-source: the Persian was copied into the target unchanged. Sources without Arabic-script
 * letters ("3+3", "COVID-19", a Latin name) are legitimately copied and are not reported.
 */
import { clip, hasArabicScript, isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'target-equals-source', severity: 'warning', message: 'qa.targetEqualsSource' };
const ARABIC_LETTER = /(?=\p{L})\p{sc=Arabic}/u;

const norm = (s: string): string => s.normalize('NFC').replace(/\s+/gu, ' ').trim();

/** The Persian source copied into the target unchanged (then no other target check has anything to say). */
export function isCopiedSource(seg: QaSegment): boolean {
  // A copy of a Persian source has Persian in the target: English targets leave at the cheap test.
  if (isUntranslated(seg) || !hasArabicScript(seg.target) || !ARABIC_LETTER.test(seg.source)) return false;
  return norm(seg.target) === norm(seg.source);
}

export const targetEqualsSource: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (!isCopiedSource(seg)) return [];
    return [
      makeFinding(
        info,
        seg,
        clip(norm(seg.target)),
        {},
        { field: 'target', start: 0, end: seg.target.length },
      ),
    ];
  },
};
