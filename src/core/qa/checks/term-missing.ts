/**
 * term-missing: a glossary term is in the source, but none of its preferred or admitted English terms is
 * in the target. One finding per entry and segment: a term repeated in the source may be rendered once.
 *
 * One finding per problem: where the target has a deprecated or forbidden term of the entry instead,
 * term-forbidden reports that place (with the term to use) and this check stays quiet. A term inside a
 * context rendering («توافق‌نامه برجام» → "the JCPOA") counts as rendered when the context's English is
 * in the target.
 */
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import { englishSummary, isAllowed, termUsage } from '../term-usage';
import { forbiddenPlaces } from './term-forbidden';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'term-missing', severity: 'error', message: 'qa.termMissing' };

export const termMissing: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg)) return [];
    const out: QaFinding[] = [];
    let replaced: Set<number> | undefined;
    for (const u of termUsage(seg)) {
      const { allowed, expected } = englishSummary(u.ref);
      // An entry with no usable English cannot be "missing"; the glossary is what needs fixing.
      if (allowed.length === 0 || u.inContext) continue;
      if (u.found.some((f) => isAllowed(f.status))) continue;
      replaced ??= new Set(forbiddenPlaces(seg).map((p) => p.usage.ref.entry));
      if (replaced.has(u.ref.entry)) continue;
      out.push(
        makeFinding(
          info,
          seg,
          u.hit.text,
          { term: u.ref.term, expected, alternatives: [...allowed, ...u.contextEnglish].join(' | ') },
          { field: 'source', start: u.hit.start, end: u.hit.end },
        ),
      );
    }
    return out;
  },
};
