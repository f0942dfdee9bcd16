import { describe, expect, it } from 'vitest';
import { scanTokens, scanTokenUnits, tokenize } from '../../../src/core/text/tokenize';
import { readCorpus } from './corpus';

const texts = (text: string): string[] => tokenize(text).map((t) => t.text);
const kinds = (text: string): string[] => tokenize(text).map((t) => `${t.text}:${t.kind}`);

describe('tokenize keeps words and numbers whole', () => {
  it.each([
    ['می‌یابد', 'word'],
    ['همکاری‌ها', 'word'],
    ['3+3', 'number'],
    ['P5+1', 'word'],
    ['۱۴۰۱', 'number'],
    ['3.5', 'number'],
    ['۳٫۵', 'number'],
    ['1,000', 'number'],
    ['۱٬۰۰۰', 'number'],
    ["don't", 'word'],
    ['don’t', 'word'],
    ['Major-General', 'word'],
    ['سیاسی-نظامی', 'word'],
    ['F-35', 'word'],
    ['COVID-19', 'word'],
    ['۱۴۰۱/۰۵/۱۲', 'number'],
    ['10:30', 'number'],
    ['ترینِ', 'word'],
  ])('%s is one %s token, also inside a sentence', (term, kind) => {
    expect(tokenize(term)).toEqual([{ start: 0, end: term.length, text: term, kind }]);
    const sentence = `«گفت ${term}، بعد»`;
    const hit = tokenize(sentence).find((t) => t.start === sentence.indexOf(term));
    expect(hit).toEqual({
      start: sentence.indexOf(term),
      end: sentence.indexOf(term) + term.length,
      text: term,
      kind,
    });
  });
});

describe('tokenize splits where the joiner does not join', () => {
  it('makes every other visible character a one-character punct token', () => {
    expect(kinds('«سلام»، چطوری؟ (خوب)!')).toEqual([
      '«:punct',
      'سلام:word',
      '»:punct',
      '،:punct',
      'چطوری:word',
      '؟:punct',
      '(:punct',
      'خوب:word',
      '):punct',
      '!:punct',
    ]);
  });

  it('keeps a trailing stop, comma or apostrophe outside the token', () => {
    expect(texts('In 2023. 3.5, 1,000. students’ work')).toEqual([
      'In',
      '2023',
      '.',
      '3.5',
      ',',
      '1,000',
      '.',
      'students',
      '’',
      'work',
    ]);
  });

  it('splits a range of two numbers but not a hyphenated word', () => {
    expect(kinds('2022-2023 Major-General')).toEqual([
      '2022:number',
      '-:punct',
      '2023:number',
      'Major-General:word',
    ]);
  });

  it('joins a plus only next to a digit', () => {
    expect(texts('C++ a+b EU+3')).toEqual(['C', '+', '+', 'a', '+', 'b', 'EU+3']);
  });

  it('joins number separators only between digits', () => {
    expect(texts('a.b گفت:۱۰ 10:30 1/2')).toEqual(['a', '.', 'b', 'گفت', ':', '۱۰', '10:30', '1/2']);
  });

  it('drops whitespace and stray invisible characters but keeps ZWNJ inside words', () => {
    const text = ' \u200cمی‌روم\u200c \u00a0\u200fها\t\n';
    expect(tokenize(text)).toEqual([
      { start: 2, end: 8, text: 'می‌روم', kind: 'word' },
      { start: 12, end: 14, text: 'ها', kind: 'word' },
    ]);
  });

  it('keeps an astral character (emoji) as one punct token', () => {
    expect(kinds('خوب 👍')).toEqual(['خوب:word', '👍:punct']);
  });

  it('returns nothing for empty or blank text', () => {
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' \n\t')).toEqual([]);
  });
});

describe.each(readCorpus())('tokenize on corpus $name', ({ text }) => {
  const tokens = tokenize(text);

  it('gives exact offsets, in order, covering every non-space character', () => {
    let last = 0;
    for (const t of tokens) {
      expect(t.text).toBe(text.slice(t.start, t.end));
      expect(t.start).toBeGreaterThanOrEqual(last);
      expect(t.text).not.toMatch(/\s/);
      last = t.end;
    }
    expect(tokens.map((t) => t.text).join('')).toBe(text.replace(/\s/g, ''));
  });

  it('finds the same letter words as Intl.Segmenter, apart from hyphen joins', () => {
    const isLetters = (s: string): boolean => /^\p{L}[\p{L}\p{M}]*$/u.test(s);
    const segmenter = new Intl.Segmenter('fa', { granularity: 'word' });
    const intl = [...segmenter.segment(text)]
      .filter((s) => s.isWordLike && isLetters(s.segment))
      .map((s) => `${s.index}:${s.segment}`);
    // Intl splits «سیاسی-نظامی» in two; compare our hyphenated words part by part.
    const ours = tokens
      .filter((t) => t.kind === 'word')
      .flatMap((t) => [...t.text.matchAll(/[^-]+/g)].map((m) => ({ start: t.start + m.index, text: m[0] })))
      .filter((p) => isLetters(p.text))
      .map((p) => `${p.start}:${p.text}`);
    expect(ours.length).toBeGreaterThan(100);
    expect(ours).toEqual(intl);
  });
});

describe('tokenize on a long text', () => {
  // Its speed is measured by `npm run bench -- text`, not asserted here.
  it('tokenizes 200,000 characters as the corpus tokens repeated', () => {
    const corpus = readCorpus()
      .map((f) => f.text)
      .join('\n');
    const doc = Array.from({ length: 10 }, () => corpus).join('\n');
    const tokens = tokenize(doc);
    expect(tokens.length).toBeGreaterThan(doc.length / 10);
    expect(tokens.length % 10).toBe(0);
  });
});

describe('scanTokenUnits', () => {
  const scanned = (scan: (emit: (start: number, end: number, kind: string) => void) => unknown): string[] => {
    const out: string[] = [];
    scan((start, end, kind) => out.push(`${start}-${end}:${kind}`));
    return out;
  };
  const unitsOfText = (text: string): Uint16Array => {
    const units = new Uint16Array(text.length);
    for (let i = 0; i < text.length; i++) units[i] = text.charCodeAt(i);
    return units;
  };

  it('gives the tokens of scanTokens, on edge cases and on the corpus', () => {
    const samples = [
      '',
      ' ',
      'a',
      '-',
      "don't 'quoted' students' O’Brien",
      'F-35 COVID-19 2022-2023 Major-General سیاسی-نظامی -lead trail-',
      '3+3 P5+1 C++ a+b +1 1+',
      '3.5 ۳٫۵ 1,000 ۱٬۰۰۰ ۱۴۰۱/۰۵/۱۲ 10:30 1. .5 a.b 1,a',
      'می‌یابد همکاری‌ها ‌lead trail‌ ab‌1 1‌ab a\u200db a\u00adb',
      'بِسْمِ اللّٰهِ ـــ کتابها',
      '\u200e\u200fRTL\u202a\u202c marks\ufeff',
      'tab\there\nnew line\u00a0nbsp',
      '«نقل قول» (پرانتز) [bracket] {brace} ؟ ، ؛',
      '¹²³ ½ Ⅻ ① ٠١٢ ०१२',
    ];
    const corpus = readCorpus().map((f) => f.text.replace(/[\ud800-\udfff]/g, '?'));
    for (const text of [...samples, ...corpus]) {
      const expected = scanned((emit) => scanTokens(text, emit));
      let whole = false;
      expect(scanned((emit) => (whole = scanTokenUnits(unitsOfText(text), text.length, emit)))).toEqual(
        expected,
      );
      expect(whole).toBe(true);
    }
  });

  it('stops at a surrogate and says so', () => {
    for (const text of ['𝐀bc', 'ab 😀 cd', 'x\ud800', '\udc00y']) {
      expect(scanTokenUnits(unitsOfText(text), text.length, () => {})).toBe(false);
    }
  });
});
