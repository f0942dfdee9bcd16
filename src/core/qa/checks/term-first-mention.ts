/**
 * term-first-mention (corpus): the first mention of an entry in a document uses only a form the termbase
 * keeps for later mentions ("Khrenin", "JCPOA") where the source names it in full. Later mentions may use
 * the short form freely, and a source that itself uses a Persian short form («خرنین») asks for no more.
 */
import { isUntranslated, makeFinding, type CheckInfo } from '../finding';
import { isAllowed, termUsage } from '../term-usage';
import type { CorpusCheck, QaFinding, QaSegment } from '../types';

const info: CheckInfo = { id: 'term-first-mention', severity: 'warning', message: 'qa.termFirstMention' };

export const termFirstMention: CorpusCheck = {
  id: info.id,
  severity: info.severity,
  run(all: readonly QaSegment[]): QaFinding[] {
    const out: QaFinding[] = [];
    // Segments arrive sorted by document and index; `seen` holds the entries mentioned so far in a document.
    let doc = Number.NaN;
    let seen = new Set<number>();
    for (const seg of all) {
      if (seg.documentId !== doc) {
        doc = seg.documentId;
        seen = new Set();
      }
      if (seg.hits.length === 0) continue;
      const untranslated = isUntranslated(seg);
      for (const u of termUsage(seg)) {
        if (seen.has(u.ref.entry)) continue;
        seen.add(u.ref.entry);
        if (untranslated || u.shortSource) continue;
        const allowed = u.found.filter((f) => isAllowed(f.status));
        if (allowed.length === 0 || allowed.some((f) => !f.later)) continue;
        const full = u.ref.english.filter((e) => isAllowed(e.status) && !e.later);
        const expected = (full.find((e) => e.status === 'preferred') ?? full[0])?.text;
        const r = allowed[0]?.ranges[0];
        if (expected === undefined || !r) continue;
        out.push(
          makeFinding(
            info,
            seg,
            seg.target.slice(r.start, r.end),
            { term: u.ref.term, used: seg.target.slice(r.start, r.end), expected },
            { field: 'target', start: r.start, end: r.end },
          ),
        );
      }
    }
    return out;
  },
};
