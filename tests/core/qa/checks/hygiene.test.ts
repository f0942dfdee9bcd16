import { describe, expect, it } from 'vitest';
import { bidiControl } from '../../../../src/core/qa/checks/bidi-control';
import { doubleSpace } from '../../../../src/core/qa/checks/double-space';
import { doubledWord } from '../../../../src/core/qa/checks/doubled-word';
import { leadingTrailingSpace } from '../../../../src/core/qa/checks/leading-trailing-space';
import { persianInTarget } from '../../../../src/core/qa/checks/persian-in-target';
import { targetEqualsSource } from '../../../../src/core/qa/checks/target-equals-source';
import { unbalancedBrackets } from '../../../../src/core/qa/checks/unbalanced-brackets';
import { unbalancedQuotes } from '../../../../src/core/qa/checks/unbalanced-quotes';
import { untranslated } from '../../../../src/core/qa/checks/untranslated';
import type { QaSegment, SegmentCheck } from '../../../../src/core/qa/types';

// A corpus sentence (003) and a professional translation of it.
const SOURCE = 'وی تأکید کرد: بلاروس همیشه شریک مطمئن ایران بوده است و قصد داریم این مسیر را ادامه دهیم.';
const GOOD =
  'He stressed: “Belarus has always been a reliable partner of Iran, and we intend to continue on this path.”';

function seg(target: string, source = SOURCE, status: QaSegment['status'] = 'translated'): QaSegment {
  return { documentId: 4, document: '003_13e0dc0d1b2b0156.txt', index: 6, source, target, status, hits: [] };
}
const texts = (check: SegmentCheck, target: string, source = SOURCE): string[] =>
  check.run(seg(target, source)).map((f) => f.text);

describe('hygiene checks on a correct translation', () => {
  it('report nothing', () => {
    for (const check of [
      untranslated,
      targetEqualsSource,
      persianInTarget,
      bidiControl,
      doubledWord,
      doubleSpace,
      unbalancedBrackets,
      unbalancedQuotes,
      leadingTrailingSpace,
    ]) {
      expect(check.run(seg(GOOD)), check.id).toEqual([]);
    }
  });
});

describe('untranslated', () => {
  it('reports an empty or blank target, whatever the status', () => {
    expect(untranslated.run(seg('', SOURCE, 'new')).map((f) => [f.check, f.severity, f.range])).toEqual([
      ['untranslated', 'warning', { field: 'source', start: 0, end: SOURCE.length }],
    ]);
    expect(texts(untranslated, '  ')).toEqual([
      'وی تأکید کرد: بلاروس همیشه شریک مطمئن ایران بوده است و قصد داریم این مسیر را…',
    ]);
  });

  it('does not report a source without words or numbers', () => {
    expect(texts(untranslated, '', ' — ')).toEqual([]);
  });
});

describe('target-equals-source', () => {
  it('reports a Persian source copied into the target, ignoring surrounding space', () => {
    expect(texts(targetEqualsSource, ` ${SOURCE.slice(0, 40)} `, SOURCE.slice(0, 40))).toEqual([
      SOURCE.slice(0, 40).trim(),
    ]);
  });

  it('accepts a copied source that has no Persian letters ("3+3", a name in Latin script)', () => {
    expect(texts(targetEqualsSource, '3+3', '3+3')).toEqual([]);
    expect(texts(targetEqualsSource, 'COVID-19', 'COVID-19')).toEqual([]);
  });
});

describe('persian-in-target', () => {
  it('reports each run of Persian words, with its position', () => {
    const target =
      'Belarus has always been a reliable partner of ایران, and we intend to continue on این مسیر.';
    const found = persianInTarget.run(seg(target));
    expect(found.map((f) => f.text)).toEqual(['ایران', 'این مسیر']);
    expect(found.map((f) => target.slice(f.range?.start, f.range?.end))).toEqual(['ایران', 'این مسیر']);
    expect(found[0]?.severity).toBe('error');
  });

  it('keeps ZWNJ-joined words whole and ignores Persian digits and punctuation', () => {
    expect(texts(persianInTarget, 'the همکاری‌ها of ۱۴۰۱، and')).toEqual(['همکاری‌ها']);
  });
});

describe('bidi-control', () => {
  it('reports each kind of invisible control once, with its count and a visible excerpt', () => {
    const target = 'He stressed: Belarus\u200c has always been a reliable partner\u200f of Iran\u200f.';
    const found = bidiControl.run(seg(target));
    expect(found.map((f) => [f.params.char, f.params.code, f.params.count, f.text])).toEqual([
      ['ZWNJ', 'U+200C', 1, 'stressed: Belarus[ZWNJ] has always'],
      ['RLM', 'U+200F', 2, 'reliable partner[RLM] of Iran[RLM].'],
    ]);
    expect(found[0]?.range).toEqual({
      field: 'target',
      start: target.indexOf('\u200c'),
      end: target.indexOf('\u200c') + 1,
    });
  });

  it('finds embeddings and isolates too', () => {
    expect(
      bidiControl.run(seg('\u202bIran\u202c and \u2067Belarus\u2069')).map((f) => f.params.char),
    ).toEqual(['RLE', 'PDF', 'RLI', 'PDI']);
  });
});

describe('doubled-word', () => {
  it('reports a word repeated across a space, ignoring case', () => {
    expect(texts(doubledWord, 'He stressed that the the partnership with with Iran will continue.')).toEqual([
      'the the',
      'with with',
    ]);
    expect(texts(doubledWord, 'The the partnership')).toEqual(['The the']);
    expect(texts(doubledWord, 'a partner of the the the Islamic Republic')).toEqual(['the the']);
  });

  it('accepts "had had", "that that", and words that only start alike', () => {
    expect(texts(doubledWord, 'He had had talks; he said that that was the theme of the theory.')).toEqual(
      [],
    );
    expect(texts(doubledWord, "Iran Iran's partner")).toEqual([]);
  });
});

describe('double-space', () => {
  it('reports two or more spaces between words', () => {
    const found = doubleSpace.run(seg('He stressed:  Belarus has always   been a partner.'));
    expect(found.map((f) => [f.text, f.params.count])).toEqual([
      ['stressed:  Belarus', 2],
      ['always   been', 3],
    ]);
  });

  it('leaves spaces at the ends to leading-trailing-space', () => {
    expect(texts(doubleSpace, '  He stressed the point.  ')).toEqual([]);
  });
});

describe('leading-trailing-space', () => {
  it('reports space at either end', () => {
    expect(
      leadingTrailingSpace
        .run(seg(' He stressed the point. '))
        .map((f) => [f.params.where, f.text, f.severity]),
    ).toEqual([
      ['leading', 'He stressed the', 'info'],
      ['trailing', 'stressed the point.', 'info'],
    ]);
  });
});

describe('unbalanced-brackets', () => {
  it('reports an unclosed opener and a stray closer', () => {
    expect(texts(unbalancedBrackets, 'Belarus (a reliable partner of Iran will continue.')).toEqual([
      'Belarus (a reliable partner',
    ]);
    expect(texts(unbalancedBrackets, 'Belarus is a partner] of Iran.')).toEqual(['is a partner] of Iran.']);
    expect(texts(unbalancedBrackets, 'Belarus (a partner] of Iran.')).toEqual([
      'Belarus (a partner] of',
      'Belarus (a partner] of Iran.',
    ]);
  });

  it('accepts nested pairs and a bracket the source leaves open too', () => {
    expect(texts(unbalancedBrackets, 'Belarus (a partner [since 1992] of Iran) will continue.')).toEqual([]);
    expect(
      texts(unbalancedBrackets, 'the 3+3 format (Iran, Russia, Turkey', 'قالب 3+3 (ایران، روسیه، ترکیه'),
    ).toEqual([]);
  });
});

describe('unbalanced-quotes', () => {
  it('reports unclosed curly, straight and guillemet quotes', () => {
    expect(texts(unbalancedQuotes, 'He stressed: “Belarus has always been a partner of Iran.')).toEqual([
      'He stressed: “Belarus has always',
    ]);
    expect(texts(unbalancedQuotes, 'He stressed: "Belarus has always been a partner of Iran.')).toEqual([
      'He stressed: "Belarus has always',
    ]);
    expect(texts(unbalancedQuotes, 'He stressed: Belarus has always been a partner of Iran.”')).toEqual([
      'partner of Iran.”',
    ]);
    expect(texts(unbalancedQuotes, 'He called it «a partner.')).toEqual(['He called it «a partner.']);
    expect(texts(unbalancedQuotes, 'He called it ‘a partner.')).toEqual(['He called it ‘a partner.']);
  });

  it('treats ’ in and after words as an apostrophe', () => {
    expect(texts(unbalancedQuotes, 'Iran’s partner and the Generals’ meeting')).toEqual([]);
    expect(texts(unbalancedQuotes, 'He called it ‘Iran’s most reliable partner’.')).toEqual([]);
    expect(texts(unbalancedQuotes, 'the ‘Major Generals’ met')).toEqual([]);
  });

  it('accepts a quotation that the source leaves open as well', () => {
    expect(texts(unbalancedQuotes, 'He said: “Belarus is a partner.', 'وی گفت: «بلاروس شریک است.')).toEqual(
      [],
    );
  });
});
