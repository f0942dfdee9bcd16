/**
 * inconsistent-translation (corpus): the same source sentence translated differently in different places.
 * Sources are compared by match key without punctuation, spaces or ZWNJ («رئیس‌جمهور», «رئیس جمهور» and
 * «رئیسجمهور» are one spelling); targets ignoring case, punctuation and spacing, so only wording counts.
 * The most frequent translation (the first on a tie) is the reference; every other one is reported.
 */
import { charClassAt, isAlnumClass } from '../../text/char-class';
import { normalizeForMatch } from '../../text/normalize';
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { CorpusCheck, QaFinding, QaSegment } from '../types';

const info: CheckInfo = {
  id: 'inconsistent-translation',
  severity: 'warning',
  message: 'qa.inconsistentTranslation',
};
/** The match key with only letters, marks and digits kept (a char loop: a Unicode regex costs 5x more). */
export function sourceKey(source: string): string {
  const key = normalizeForMatch(source).key;
  let out = '';
  let from = 0;
  for (let i = 0; i < key.length; i++) {
    if (isAlnumClass(charClassAt(key, i))) continue;
    out += key.slice(from, i);
    from = i + 1;
  }
  return from === 0 ? key : out + key.slice(from);
}

function targetKey(target: string): string {
  return target
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export const inconsistentTranslation: CorpusCheck = {
  id: info.id,
  severity: info.severity,
  run(all: readonly QaSegment[]): QaFinding[] {
    const groups = new Map<string, QaSegment[]>();
    for (const seg of all) {
      if (isUntranslated(seg)) continue;
      const key = sourceKey(seg.source);
      if (key === '') continue;
      const g = groups.get(key);
      if (g) g.push(seg);
      else groups.set(key, [seg]);
    }
    const out: QaFinding[] = [];
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      const byTarget = new Map<string, QaSegment[]>();
      for (const seg of group) {
        const k = targetKey(seg.target);
        const list = byTarget.get(k);
        if (list) list.push(seg);
        else byTarget.set(k, [seg]);
      }
      if (byTarget.size < 2) continue;
      // Map iteration is insertion order, so on a tie the earliest translation is the reference.
      let reference: QaSegment[] = [];
      for (const list of byTarget.values()) if (list.length > reference.length) reference = list;
      const ref = reference[0];
      if (!ref) continue;
      for (const list of byTarget.values()) {
        if (list === reference) continue;
        for (const seg of list) {
          out.push(
            makeFinding(
              info,
              seg,
              seg.target.trim(),
              {
                other: ref.target.trim(),
                otherDocument: ref.document,
                otherSegment: ref.index,
                count: reference.length,
              },
              { field: 'target', start: 0, end: seg.target.length },
            ),
          );
        }
      }
    }
    return out;
  },
};
