/**
 * The user's answer to a glossary import conflict: an incoming entry renders one of our Persian terms with
 * another preferred English. Pure so the strategies are tested without a database.
 */
import type { ConflictAction, ConflictStrategy, EntryInput, Term } from '../../shared/model';

export interface ConflictResolution {
  action: ConflictAction;
  /** The entry to store in place of ours; absent when ours stays as it is. */
  entry?: EntryInput;
}

/**
 * - fail: nothing changes (the caller refuses the whole import);
 * - skip: ours stays;
 * - replace: theirs takes over the entry; our key is kept, so a later termbase sync still finds it;
 * - add-as-admitted: ours stays and gains their preferred and admitted English as admitted renderings
 *   (their deprecated and forbidden English are their own house rules, not renderings to admit).
 */
export function resolveConflict(
  strategy: ConflictStrategy,
  ours: EntryInput,
  theirs: EntryInput,
  englishKey: (text: string) => string,
): ConflictResolution {
  switch (strategy) {
    case 'fail':
      return { action: 'failed' };
    case 'skip':
      return { action: 'skipped' };
    case 'replace':
      return { action: 'replaced', entry: { ...theirs, key: ours.key ?? theirs.key } };
    case 'add-as-admitted': {
      const known = new Set(ours.terms.filter((t) => t.lang === 'en').map((t) => englishKey(t.text)));
      const added: Term[] = [];
      for (const t of theirs.terms) {
        if (t.lang !== 'en' || (t.status !== 'preferred' && t.status !== 'admitted')) continue;
        const k = englishKey(t.text);
        if (known.has(k)) continue;
        known.add(k);
        added.push({ ...t, status: 'admitted' });
      }
      if (added.length === 0) return { action: 'skipped' };
      return { action: 'added-as-admitted', entry: { ...ours, terms: [...ours.terms, ...added] } };
    }
  }
}
