/**
 * The glossary as the QA checks read it, built once per glossary version from the entries: each entry's
 * English terms with their rules, the context renderings as a matcher of their own, and the name index of
 * the misspelling check. `qaHits` then attaches term and context hits to one source sentence.
 */
import { buildMatcher, type Matcher } from '../glossary/matcher';
import type { Entry } from '../../shared/model';
import { termKey } from '../text/normalize';
import { buildNameIndex, type NameIndex } from './misspelling';
import { qaTermRef } from './term-ref';
import type { QaContextHit, QaHit, QaTermRef } from './types';

export interface QaGlossary {
  refs: ReadonlyMap<number, Omit<QaTermRef, 'term'>>;
  /** Context renderings; the matcher's entry number is the index into `contexts`. */
  contextMatcher: Matcher | null;
  contexts: readonly { fa: string; en: string[] }[];
  names: NameIndex;
}

export function buildQaGlossary(entries: readonly Entry[]): QaGlossary {
  const refs = new Map<number, Omit<QaTermRef, 'term'>>();
  // One phrase may have several accepted English renderings (in one entry or in several).
  const contexts: { fa: string; en: string[] }[] = [];
  const byKey = new Map<string, { fa: string; en: string[] }>();
  for (const e of entries) {
    const { term: _term, ...ref } = qaTermRef(e, '');
    refs.set(e.id, ref);
    for (const c of e.contexts ?? []) {
      const key = termKey(c.fa);
      const known = byKey.get(key);
      if (known) {
        if (!known.en.includes(c.en)) known.en.push(c.en);
        continue;
      }
      const item = { fa: c.fa, en: [c.en] };
      byKey.set(key, item);
      contexts.push(item);
    }
  }
  const contextMatcher =
    contexts.length === 0
      ? null
      : buildMatcher(contexts.map((c, i) => ({ entry: i, term: c.fa, english: c.en[0] ?? '' })));
  return { refs, contextMatcher, contexts, names: buildNameIndex(entries) };
}

/** Term hits (from the glossary's matcher) with their entry data, and the context renderings of `source`. */
export function qaHits(
  glossary: QaGlossary,
  matcher: Matcher,
  source: string,
): { hits: QaHit[]; contexts: QaContextHit[] } {
  const hits = matcher.match(source).flatMap((h) => {
    const ref = glossary.refs.get(h.entry);
    return ref ? [{ ...h, ref: { ...ref, term: h.term } }] : [];
  });
  const contexts: QaContextHit[] = [];
  for (const c of glossary.contextMatcher?.match(source) ?? []) {
    const ctx = glossary.contexts[c.entry];
    if (ctx) contexts.push({ start: c.start, end: c.end, fa: ctx.fa, en: ctx.en });
  }
  return { hits, contexts };
}
