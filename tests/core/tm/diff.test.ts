import { describe, expect, it } from 'vitest';
import { diffSources, tmText } from '../../../src/core/tm';

describe('diffSources', () => {
  it('marks substituted, missing and extra words, keeping the match as written', () => {
    const parts = diffSources(tmText('وزیر خارجه ایران امروز گفت'), tmText('وزیر دفاع ایران گفت.'));
    expect(parts).toEqual([
      { kind: 'equal', text: 'وزیر ' },
      { kind: 'match', text: 'دفاع' },
      { kind: 'current', text: ' خارجه' },
      { kind: 'equal', text: ' ایران' },
      { kind: 'current', text: ' امروز' },
      { kind: 'equal', text: ' گفت.' },
    ]);
  });

  it('shows a spelling variant as equal', () => {
    const parts = diffSources(tmText('همکاری بین المللی'), tmText('همکاری بین‌المللی'));
    expect(parts).toEqual([{ kind: 'equal', text: 'همکاری بین‌المللی' }]);
  });

  it('rebuilds the match source from its parts that are not current-only', () => {
    const match = 'در پایان این دیدار، دو طرف بر گسترش همکاری‌ها تأکید کردند.';
    const parts = diffSources(tmText('در آغاز این نشست دو طرف بر همکاری‌ها تأکید کردند'), tmText(match));
    expect(
      parts
        .filter((p) => p.kind !== 'current')
        .map((p) => p.text)
        .join(''),
    ).toBe(match);
  });
});
