import { describe, expect, it } from 'vitest';
import { englishNumberWords, persianNumberWords } from '../../../src/core/qa/number-words';

describe('englishNumberWords', () => {
  it('finds 0–10 spelled out, as cardinals, ordinals or inside hyphenated words', () => {
    expect(
      [...englishNumberWords('the two countries and the eight-year war; the third round')].sort(),
    ).toEqual(['2', '3', '8']);
    expect([...englishNumberWords('Ten days')]).toEqual(['10']);
  });

  it('ignores number words inside other words', () => {
    expect([...englishNumberWords('someone often tone')]).toEqual([]);
  });
});

describe('persianNumberWords', () => {
  const words = (text: string): string[] =>
    [...persianNumberWords(text)].sort((a, b) => Number(a) - Number(b));

  it('finds simple number words', () => {
    expect(words('اقدام جدید سه کشور اروپایی')).toEqual(['3']);
  });

  it('adds compounds joined by و, each part counting alone too', () => {
    expect(words('بیست و یکم')).toEqual(['1', '20', '21']);
    expect(words('سیصد و پنجاه و دو نفر')).toEqual(['2', '50', '300', '352']);
  });

  it('multiplies by scale words', () => {
    expect(words('دو هزار و پانصد')).toEqual(['2', '500', '2500']);
    expect(words('دو هزار نفر')).toEqual(['2', '2000']);
  });

  it('does not join numbers that are not one compound', () => {
    expect(words('دو سه کشور')).toEqual(['2', '3']);
    expect(words('دو و سه')).toEqual(['2', '3']);
  });

  it('reads Arabic ي as Persian ی', () => {
    expect(words('يک')).toEqual(['1']);
  });
});
