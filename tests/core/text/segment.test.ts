import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../src/core/text/segment';
import { readCorpus } from './corpus';

const sentences = (text: string, lang?: 'fa' | 'en'): string[] => segmentText(text, lang).map((s) => s.text);

/** [start, end) of every line, breaks excluded, the way an editor counts lines. */
function lineRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  const re = /\r\n|[\r\n\u2028\u2029]/g;
  let start = 0;
  for (const m of text.matchAll(re)) {
    ranges.push([start, m.index]);
    start = m.index + m[0].length;
  }
  ranges.push([start, text.length]);
  return ranges;
}

describe.each(readCorpus())('segmentText on corpus $name', ({ text }) => {
  const segments = segmentText(text, 'fa');
  const lines = lineRanges(text);
  const nonEmptyLines = lines.filter(([s, e]) => text.slice(s, e).trim() !== '');
  const lineOf = (offset: number): number => lines.findIndex(([s, e]) => offset >= s && offset <= e);

  it('gives exact, trimmed offsets', () => {
    expect(segments.length).toBeGreaterThan(0);
    for (const seg of segments) {
      expect(seg.text).toBe(text.slice(seg.start, seg.end));
      expect(seg.text).not.toMatch(/^\s|\s$/);
    }
  });

  it('keeps every segment inside one line and numbers paragraphs by non-empty line', () => {
    for (const seg of segments) {
      const line = lineOf(seg.start);
      expect(lineOf(seg.end)).toBe(line);
      expect(seg.text).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(nonEmptyLines[seg.paragraph]).toEqual(lines[line]);
    }
    expect(new Set(segments.map((s) => s.paragraph)).size).toBe(nonEmptyLines.length);
  });

  it('loses no text: each line is exactly its segments plus whitespace', () => {
    for (const [index, [s, e]] of nonEmptyLines.entries()) {
      const own = segments.filter((seg) => seg.paragraph === index);
      expect(
        own
          .map((seg) => seg.text)
          .join('')
          .replace(/\s/g, ''),
      ).toBe(text.slice(s, e).replace(/\s/g, ''));
    }
  });

  it('splits only after a sentence stop, and after every stop that starts a new Persian sentence', () => {
    const ends = new Set(segments.map((s) => s.end));
    for (const [i, seg] of segments.entries()) {
      const next = segments[i + 1];
      if (next && next.paragraph === seg.paragraph) expect(seg.text).toMatch(/[.؟?!…][»"”)]*$/);
    }
    // The corpus has no initials or abbreviations, so every stop + space + Persian letter is a boundary.
    for (const m of text.matchAll(/(?<![\s(«]\p{L}|^\p{L})[.؟?!]+[»"”)]*(?=[ \u00a0]+[\u0621-\u06cc])/gmu)) {
      expect(ends.has(m.index + m[0].length)).toBe(true);
    }
  });

  it('keeps an initial with its sentence when every sentence starts with one', () => {
    let withInitials = text;
    for (const seg of [...segments].reverse()) {
      withInitials = withInitials.slice(0, seg.start) + 'ع. ' + withInitials.slice(seg.start);
    }
    const again = segmentText(withInitials, 'fa');
    expect(again.map((s) => s.text)).toEqual(segments.map((s) => `ع. ${s.text}`));
  });

  it('never splits inside 3+3', () => {
    for (const m of text.matchAll(/3\+3/g)) {
      expect(segments.some((s) => s.start <= m.index && s.end >= m.index + 3)).toBe(true);
    }
  });
});

describe('segmentText paragraphs', () => {
  it('treats every line break as a hard boundary and skips blank lines', () => {
    const text = 'اول است\n\n  \r\nدوم. سوم\r\nچهارم\rپنجم\u2028ششم\u2029هفتم\n';
    const segs = segmentText(text);
    expect(segs.map((s) => [s.paragraph, s.text])).toEqual([
      [0, 'اول است'],
      [1, 'دوم.'],
      [1, 'سوم'],
      [2, 'چهارم'],
      [3, 'پنجم'],
      [4, 'ششم'],
      [5, 'هفتم'],
    ]);
    for (const s of segs) expect(text.slice(s.start, s.end)).toBe(s.text);
  });

  it('returns nothing for empty or whitespace-only input', () => {
    expect(segmentText('')).toEqual([]);
    expect(segmentText(' \n\t\n\u00a0\u200c ')).toEqual([]);
  });

  it('trims spaces, NBSP and zero-width characters at segment edges but keeps exact offsets', () => {
    const text = '\u00a0 \u200cسلام.\u200f  خداحافظ \t';
    const segs = segmentText(text);
    expect(segs.map((s) => s.text)).toEqual(['سلام.', 'خداحافظ']);
    expect(segs[0]?.start).toBe(3);
    expect(segs[1]?.end).toBe(text.indexOf('خداحافظ') + 'خداحافظ'.length);
  });
});

describe('segmentText sentence stops', () => {
  it('splits Persian after . ؟ ! and …', () => {
    expect(sentences('او آمد. تو رفتی؟ چه خوب! شاید… فردا')).toEqual([
      'او آمد.',
      'تو رفتی؟',
      'چه خوب!',
      'شاید…',
      'فردا',
    ]);
  });

  it('splits English after . ? ! … and keeps runs such as ?! and ... together', () => {
    expect(sentences('He came. Did he?! Yes... Then he left… Fine', 'en')).toEqual([
      'He came.',
      'Did he?!',
      'Yes...',
      'Then he left…',
      'Fine',
    ]);
  });

  it('keeps closing guillemets, quotes and brackets with the sentence they close', () => {
    expect(sentences('گفت: «این مهم است.» وزیر رفت.')).toEqual(['گفت: «این مهم است.»', 'وزیر رفت.']);
    expect(sentences('He said “Go.” She went. (See above.) Done', 'en')).toEqual([
      'He said “Go.”',
      'She went.',
      '(See above.)',
      'Done',
    ]);
    expect(sentences('He said "Stop!" Then left.', 'en')).toEqual(['He said "Stop!"', 'Then left.']);
  });

  it('does not split at a colon or a semicolon', () => {
    expect(sentences('وزیر دفاع گفت: روابط دو کشور خوب است.')).toEqual([
      'وزیر دفاع گفت: روابط دو کشور خوب است.',
    ]);
    expect(sentences('The minister said: Relations are good; Both sides agree.', 'en')).toHaveLength(1);
    expect(sentences('وزارت دفاع؛ امیر سرتیپ آشتیانی گفت.')).toHaveLength(1);
  });

  it('splits a Persian sentence whose following space was forgotten, but only in Persian', () => {
    expect(sentences('این مهم است.وزیر رفت')).toEqual(['این مهم است.', 'وزیر رفت']);
    expect(sentences('چرا؟«وزیر» رفت')).toEqual(['چرا؟', '«وزیر» رفت']);
    expect(sentences('این مهم است.وزیر رفت', 'en')).toHaveLength(1);
  });
});

describe('segmentText exceptions', () => {
  it('does not split inside numbers', () => {
    expect(sentences('رشد ۳٫۵ درصد و 3.5 درصد و نسخه 1.2.3 و ۳.۵ بود.')).toHaveLength(1);
    expect(sentences('Growth was 3.5 percent in version 1.2.3 today.', 'en')).toHaveLength(1);
  });

  it('still splits after a number that ends a sentence', () => {
    expect(sentences('This happened in 2023. 5 people died.', 'en')).toEqual([
      'This happened in 2023.',
      '5 people died.',
    ]);
    expect(sentences('قدمت روابط بیش از ۳۰ سال. ۲ کشور همکارند.')).toHaveLength(2);
  });

  it('does not split inside 3+3 or P5+1', () => {
    expect(sentences('قالب 3+3 و گروه P5+1 مطرح شد.')).toEqual(['قالب 3+3 و گروه P5+1 مطرح شد.']);
  });

  it('does not split after a Persian initial, with or without a space', () => {
    expect(sentences('ع. احمدی گفت. بعد رفت.')).toEqual(['ع. احمدی گفت.', 'بعد رفت.']);
    expect(sentences('م. ع. احمدی آمد.')).toHaveLength(1);
    expect(sentences('ع.احمدی آمد.')).toHaveLength(1);
    expect(sentences('در سال ۲۰۲۳ م. جنگ آغاز شد.')).toHaveLength(1);
  });

  it('does not split after English initials', () => {
    expect(sentences('J. Smith and J. R. R. Tolkien met. They talked.', 'en')).toEqual([
      'J. Smith and J. R. R. Tolkien met.',
      'They talked.',
    ]);
  });

  it.each(['Mr.', 'Mrs.', 'Dr.', 'Gen.', 'Maj.', 'Col.', 'Lt.', 'Brig.', 'Sgt.', 'Capt.', 'St.'])(
    'does not split after the title %s',
    (title) => {
      expect(sentences(`They met ${title} Bagheri in Tehran. He spoke.`, 'en')).toEqual([
        `They met ${title} Bagheri in Tehran.`,
        'He spoke.',
      ]);
    },
  );

  it.each(['U.S.', 'U.N.', 'e.g.', 'i.e.', 'etc.', 'vs.', 'Jan.', 'Feb.'])(
    'does not split after %s',
    (abbr) => {
      expect(sentences(`Talks with ${abbr} Iran went on. Then they ended.`, 'en')).toHaveLength(2);
    },
  );

  it('does not split after «No.» or «صص.» before a number, but does otherwise', () => {
    expect(sentences('Resolution No. 2231 was cited. It expired.', 'en')).toHaveLength(2);
    expect(sentences('He said No. Then he left.', 'en')).toHaveLength(2);
    expect(sentences('نگاه کنید به صص. ۱۲ تا ۱۵ کتاب.')).toHaveLength(1);
  });

  it('does not split after dotted Persian abbreviations', () => {
    expect(sentences('در سال ۱۴۰۱ ه.ش. سفر کرد. بعد بازگشت.')).toEqual([
      'در سال ۱۴۰۱ ه.ش. سفر کرد.',
      'بعد بازگشت.',
    ]);
    expect(sentences('در قرن پنجم ق.م. ساخته شد.')).toHaveLength(1);
  });

  it('does not take a word ending in a letter after a digit for an initial', () => {
    expect(sentences('Model 3P. Next one.', 'en')).toEqual(['Model 3P.', 'Next one.']);
  });

  it('does not split when the next word starts with a lowercase Latin letter', () => {
    expect(sentences('It cost approx. five dollars.', 'en')).toHaveLength(1);
    expect(sentences('“Why?” he asked. She smiled.', 'en')).toEqual(['“Why?” he asked.', 'She smiled.']);
    expect(sentences('Wait... and then it ended.', 'en')).toHaveLength(1);
    expect(sentences('Visit example.com today. Now.', 'en')).toEqual(['Visit example.com today.', 'Now.']);
  });
});

describe('segmentText on a long document', () => {
  // Its speed is measured by `npm run bench -- text`, not asserted here.
  it('segments a 1,000-sentence document as the same segments repeated', () => {
    const corpus = readCorpus()
      .map((f) => f.text)
      .join('\n');
    const perCopy = segmentText(corpus).length;
    const doc = Array.from({ length: Math.ceil(1000 / perCopy) }, () => corpus).join('\n');
    const segs = segmentText(doc);
    expect(segs.length).toBe(perCopy * Math.ceil(1000 / perCopy));
    expect(segs.length).toBeGreaterThanOrEqual(1000);
  });
});
