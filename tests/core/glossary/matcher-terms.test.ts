import { describe, expect, it } from 'vitest';
import { matcherTermsFromEntries } from '../../../src/core/glossary';
import type { Entry, Term } from '../../../src/shared/model';

function entry(id: number, terms: Term[]): Entry {
  return { id, subject: 'rank', terms, createdAt: '', createdBy: '', modifiedAt: '', modifiedBy: '' };
}

const fa = (text: string, status: Term['status'] = 'preferred'): Term => ({ lang: 'fa', text, status });
const en = (text: string, status: Term['status']): Term => ({ lang: 'en', text, status });

describe('matcherTermsFromEntries', () => {
  it('gives one MatcherTerm per Persian term, with the first preferred English term', () => {
    const entries = [
      entry(4, [en('Major General (old)', 'admitted'), fa('سرلشکر'), en('Major General', 'preferred'), fa('سرلشگر', 'deprecated')]),
    ];
    expect(matcherTermsFromEntries(entries)).toEqual([
      { entry: 4, term: 'سرلشکر', english: 'Major General', status: 'preferred' },
      { entry: 4, term: 'سرلشگر', english: 'Major General', status: 'deprecated' },
    ]);
  });

  it('falls back to the first admitted English term, then to the first English term', () => {
    const entries = [
      entry(1, [fa('ناتو'), en('North Atlantic Alliance', 'deprecated'), en('NATO', 'admitted')]),
      entry(2, [fa('برجام'), en('JCPOA deal', 'forbidden'), en('Iran deal', 'deprecated')]),
    ];
    expect(matcherTermsFromEntries(entries).map((t) => t.english)).toEqual(['NATO', 'JCPOA deal']);
  });
});
