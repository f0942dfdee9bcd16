/**
 * Which words of a query the index looks up. A 25-word news sentence shares «در», «و», «به» with most of
 * a million units; looking those up would read millions of postings. So the query's distinct words are
 * taken rarest first until their postings reach a budget (always at least `minTerms` words): the units
 * that share the rare words are the candidates, ranked by the index, then scored exactly.
 */
export interface TermFrequency {
  term: string;
  /** Number of units containing the term (0 when unknown to the index). */
  df: number;
}

export function pickQueryTerms(
  terms: readonly TermFrequency[],
  budget: number,
  minTerms = 4,
  maxTerms = 16,
): string[] {
  const known = terms.filter((t) => t.df > 0).sort((a, b) => a.df - b.df || (a.term < b.term ? -1 : 1));
  const out: string[] = [];
  let postings = 0;
  for (const t of known) {
    if (out.length >= maxTerms) break;
    if (out.length >= minTerms && postings + t.df > budget) break;
    out.push(t.term);
    postings += t.df;
  }
  return out;
}

/**
 * The index terms for a query's word keys: each key, plus each adjacent pair joined (the index holds
 * «بینالمللی» for a unit that wrote it joined while the query spaced it).
 */
export function queryTerms(keys: readonly string[]): string[] {
  const out = new Set<string>();
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i] as string;
    out.add(k);
    const next = keys[i + 1];
    if (next !== undefined) out.add(k + next);
  }
  return [...out];
}
