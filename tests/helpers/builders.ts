/**
 * Glossary builders every test shares, so a change to Term or Entry is made here once. Defaults are a real
 * termbase pair (سپاه / IRGC, preferred) so a test spells out only what it is about.
 */
import type { Entry, EntryInput, Term, TermStatus } from '../../src/shared/model';

export function term(
  lang: Term['lang'],
  text: string,
  status: TermStatus = 'preferred',
  extra: Partial<Term> = {},
): Term {
  return { lang, text, status, ...extra };
}

export const fa = (text = 'سپاه', status: TermStatus = 'preferred', extra: Partial<Term> = {}): Term =>
  term('fa', text, status, extra);

export const en = (text = 'IRGC', status: TermStatus = 'preferred', extra: Partial<Term> = {}): Term =>
  term('en', text, status, extra);

/** An entry as the API takes it: one preferred Persian and one preferred English term. */
export function entryInput(faText?: string, enText?: string, extra: Partial<EntryInput> = {}): EntryInput {
  return { subject: 'rank', terms: [fa(faText), en(enText)], ...extra };
}

/** An entry as the database returns it, for code that reads stored entries (matchers, QA, the UI). */
export function storedEntry(id: number, terms: Term[], extra: Partial<Entry> = {}): Entry {
  return {
    id,
    subject: 'rank',
    terms,
    createdAt: '',
    createdBy: '',
    modifiedAt: '',
    modifiedBy: '',
    ...extra,
  };
}
