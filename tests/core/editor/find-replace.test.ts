import { describe, expect, it } from 'vitest';
import { compileFinder, findInSegments, type FindSegment } from '../../../src/core/editor/find';
import { planReplace, replaceInText } from '../../../src/core/editor/replace';
import { compileUserRegex } from '../../../src/core/editor/safe-regex';
import { nextReviewStatus, statusAfterReplace } from '../../../src/core/editor/statuses';

const seg = (
  documentId: number,
  index: number,
  source: string,
  target: string,
  status: FindSegment['status'] = 'draft',
): FindSegment => ({
  documentId,
  documentName: `doc${documentId}.txt`,
  index,
  source,
  target,
  status,
});

describe('find in Persian sources', () => {
  it('matches variant spellings and maps back to the original text', () => {
    const find = compileFinder('رییس', { field: 'source' });
    const text = 'سخنان رئيس جمهور';
    const [hit] = find(text);
    expect(hit).toBeDefined();
    expect(text.slice(hit!.start, hit!.end)).toBe('رئيس');
  });

  it('treats ZWNJ and space as one separator and ignores harakat', () => {
    const find = compileFinder('بین المللی', { field: 'source' });
    expect(find('همکاری بین‌المللی')).toHaveLength(1);
    expect(compileFinder('ایران', { field: 'source' })('دولتِ ایرانِ')).toHaveLength(1);
    expect(compileFinder('كتاب', { field: 'source' })('کتاب')).toHaveLength(1);
  });

  it('finds a word written joined, spaced or with ZWNJ whichever way the query writes it', () => {
    const texts = ['رئیسجمهور بلاروس', 'رئیس جمهور بلاروس', 'رئیس‌جمهور بلاروس'];
    for (const query of ['رئیسجمهور', 'رئیس جمهور', 'رئیس‌جمهور']) {
      const find = compileFinder(query, { field: 'source' });
      for (const text of texts) {
        const [hit] = find(text);
        expect(hit, `${query} in ${text}`).toBeDefined();
        expect(text.slice(hit!.start, hit!.end)).toBe(text.split(' بلاروس')[0]);
      }
    }
  });

  it('does not match a joined query across the gap between unrelated words', () => {
    // «است» must not be found in «اس تا»: the text splits it where the query does not, mid-word.
    expect(compileFinder('ست', { field: 'source' })('اس تا')).toHaveLength(0);
    expect(compileFinder('است', { field: 'source' })('راس تا')).toHaveLength(0);
    // A joined query covering whole spaced words is still found.
    expect(compileFinder('بینالمللی', { field: 'source' })('همکاری بین المللی')).toHaveLength(1);
  });

  it('whole word excludes a match inside a longer word', () => {
    const find = compileFinder('ملی', { field: 'source', wholeWord: true });
    expect(find('بین‌المللی')).toHaveLength(0);
    expect(find('امنیت ملی')).toHaveLength(1);
  });
});

describe('find in English targets', () => {
  it('plain search ignores case unless asked', () => {
    expect(compileFinder('iran', { field: 'target' })('Iran and IRAN')).toHaveLength(2);
    expect(compileFinder('iran', { field: 'target', caseSensitive: true })('Iran and IRAN')).toHaveLength(0);
  });

  it('whole word and regular expressions', () => {
    expect(compileFinder('act', { field: 'target', wholeWord: true })('the act of acting')).toEqual([
      { start: 4, end: 7 },
    ]);
    expect(compileFinder('\\d{4}', { field: 'target', regex: true })('in 1402 and 2023')).toHaveLength(2);
    // Special characters are literal in a plain search.
    expect(compileFinder('P5+1', { field: 'target' })('the P5+1 group')).toHaveLength(1);
  });

  it('refuses catastrophic patterns and invalid ones with a validation error', () => {
    expect(() => compileUserRegex('(a+)+$', 'u')).toThrow(/nested repetition/);
    expect(() => compileUserRegex('(\\w*)*', 'u')).toThrow(/nested repetition/);
    expect(() => compileUserRegex('(a|aa)+', 'u')).toThrow(/nested repetition/);
    expect(() => compileUserRegex('(x)\\1', 'u')).toThrow(/backreferences/);
    expect(() => compileUserRegex('(', 'u')).toThrow(/not a valid regular expression/);
    expect(compileUserRegex('(ab)+c', 'u').test('ababc')).toBe(true);
  });
});

describe('findInSegments', () => {
  const segs = [
    seg(1, 0, 'رئیس', 'The president'),
    seg(2, 4, 'رییس مجلس', 'The Speaker of parliament, the president'),
  ];

  it('lists hits across documents in order with their context', () => {
    const { hits, truncated } = findInSegments(
      segs,
      compileFinder('president', { field: 'target' }),
      'target',
    );
    expect(truncated).toBe(false);
    expect(hits.map((h) => [h.documentId, h.index, h.start])).toEqual([
      [1, 0, 4],
      [2, 4, 31],
    ]);
    expect(findInSegments(segs, compileFinder('رئیس', { field: 'source' }), 'source').hits).toHaveLength(2);
  });

  it('stops at the hit limit and fails past the time budget', () => {
    const finder = compileFinder('the', { field: 'target' });
    expect(
      findInSegments(segs, finder, 'target', { maxHits: 1, budgetMs: 1000, now: () => 0 }).truncated,
    ).toBe(true);
    let t = 0;
    const slow = { maxHits: 100, budgetMs: 10, now: () => (t += 20) };
    expect(() => findInSegments(segs, finder, 'target', slow)).toThrow(/longer than/);
  });
});

describe('replace', () => {
  it('replaces literally in plain mode and with groups in regex mode', () => {
    expect(replaceInText('cost $5', '$5', '$6', {})).toEqual({ text: 'cost $6', count: 1 });
    expect(replaceInText('Rouhani, Hassan', '(\\w+), (\\w+)', '$2 $1', { regex: true }).text).toBe(
      'Hassan Rouhani',
    );
    expect(replaceInText('The the THE', 'the', 'a', { wholeWord: true }).count).toBe(3);
  });

  it('plans a preview: counts, confirmed segments changed, status after', () => {
    const plan = planReplace(
      [
        seg(1, 0, 'x', 'the Majlis', 'translated'),
        seg(1, 1, 'x', 'the Majlis and the Majlis', 'final'),
        seg(1, 2, 'x', 'no match', 'translated'),
        seg(2, 0, 'x', 'Majlis', 'draft'),
      ],
      'Majlis',
      'parliament',
      {},
    );
    expect(plan.replacements).toBe(4);
    expect(plan.confirmedChanged).toBe(2);
    expect(plan.changes.map((c) => [c.documentId, c.index, c.statusAfter])).toEqual([
      [1, 0, 'translated'],
      [1, 1, 'translated'],
      [2, 0, 'draft'],
    ]);
    expect(plan.changes[1]?.after).toBe('the parliament and the parliament');
  });

  it('replaces only chosen segments when asked', () => {
    const plan = planReplace([seg(1, 0, 'x', 'a'), seg(1, 1, 'x', 'a')], 'a', 'b', {}, new Set(['1:1']));
    expect(plan.changes.map((c) => c.index)).toEqual([1]);
  });
});

describe('status rules', () => {
  it('a replace keeps a confirmed segment confirmed, drops sign-offs, empties to new', () => {
    expect(statusAfterReplace('translated', 'x')).toBe('translated');
    expect(statusAfterReplace('reviewed', 'x')).toBe('translated');
    expect(statusAfterReplace('draft', 'x')).toBe('draft');
    expect(statusAfterReplace('translated', ' ')).toBe('new');
  });

  it('reviewer Ctrl+Enter moves translated → reviewed → final and leaves drafts alone', () => {
    expect(nextReviewStatus('translated')).toBe('reviewed');
    expect(nextReviewStatus('reviewed')).toBe('final');
    expect(nextReviewStatus('final')).toBeUndefined();
    expect(nextReviewStatus('draft')).toBeUndefined();
  });
});
