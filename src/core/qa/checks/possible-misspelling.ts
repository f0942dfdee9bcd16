/**
 * possible-misspelling: a source word that looks like a misspelt glossary name («خرنینگ» for «خرنین»),
 * with the glossary's English offered for insertion. A source check: it also runs on untranslated
 * segments, since the translator should know before translating. The rules are in ../misspelling.ts.
 */
import { makeFinding, type CheckInfo } from '../finding';
import { findMisspellings } from '../misspelling';
import type { QaContext, QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = {
  id: 'possible-misspelling',
  severity: 'warning',
  message: 'qa.possibleMisspelling',
};

export const possibleMisspelling: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment, ctx?: QaContext): QaFinding[] {
    if (!ctx?.names) return [];
    const names = ctx.names;
    // Words inside a hit of an approved Persian term are that term's words; a hit on a deprecated
    // spelling («ویکتور خرنینگ») vouches for nothing.
    const covered = seg.hits.filter((h) => !names.unapproved.has(h.term));
    return findMisspellings(names, seg.source, covered).map((m) =>
      makeFinding(
        info,
        seg,
        m.word,
        { word: m.word, term: m.name.term, english: m.name.english },
        { field: 'source', start: m.start, end: m.end },
      ),
    );
  },
};
