/**
 * Numbers written as words: English 0–10 in a target ("two" for ۲, "eight-year" for ۸ ساله), and Persian
 * number words in a source («سه کشور», «بیست و یکم»), so digits in the target that stand for them are not
 * reported as extra.
 */
import { FA_SCALES } from './numbers';

const EN_WORDS: readonly string[][] = [
  ['zero'],
  ['one', 'first', 'single'],
  ['two', 'second', 'both', 'twice'],
  ['three', 'third', 'thrice'],
  ['four', 'fourth'],
  ['five', 'fifth'],
  ['six', 'sixth'],
  ['seven', 'seventh'],
  ['eight', 'eighth'],
  ['nine', 'ninth'],
  ['ten', 'tenth'],
];

const EN_WORD_VALUE = new Map(
  EN_WORDS.flatMap((forms, value) => forms.map((w) => [w, String(value)] as const)),
);
// One pass over the text for all the words; \b is right here: the words are ASCII and so are their neighbours
// in English ("eight-year", "two,").
const EN_WORD_RE = new RegExp(`\\b(?:${[...EN_WORD_VALUE.keys()].join('|')})\\b`, 'gi');

/** Values 0–10 spelled out in an English target ("two", "eight-year", "third"; "both" for ۲ کشور). */
export function englishNumberWords(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(EN_WORD_RE)) {
    const v = EN_WORD_VALUE.get(m[0].toLowerCase());
    if (v !== undefined) found.add(v);
  }
  return found;
}

const FA_UNITS: Record<string, number> = {
  صفر: 0,
  یک: 1,
  دو: 2,
  سه: 3,
  چهار: 4,
  پنج: 5,
  شش: 6,
  شیش: 6,
  هفت: 7,
  هشت: 8,
  نه: 9,
  ده: 10,
  یازده: 11,
  دوازده: 12,
  سیزده: 13,
  چهارده: 14,
  پانزده: 15,
  پونزده: 15,
  شانزده: 16,
  هفده: 17,
  هجده: 18,
  هیجده: 18,
  نوزده: 19,
  بیست: 20,
  سی: 30,
  چهل: 40,
  پنجاه: 50,
  شصت: 60,
  هفتاد: 70,
  هشتاد: 80,
  نود: 90,
  صد: 100,
  یکصد: 100,
  دویست: 200,
  سیصد: 300,
  چهارصد: 400,
  پانصد: 500,
  ششصد: 600,
  هفتصد: 700,
  هشتصد: 800,
  نهصد: 900,
  اول: 1,
  یکم: 1,
  نخست: 1,
  دوم: 2,
  سوم: 3,
  چهارم: 4,
  پنجم: 5,
  ششم: 6,
  هفتم: 7,
  هشتم: 8,
  نهم: 9,
  دهم: 10,
  بیستم: 20,
  سیام: 30,
  صدم: 100,
};

/**
 * Values of numbers written as Persian words («سه کشور», «بیست و یکم», «دو هزار»), so that a target
 * writing them as digits is not flagged as adding a number. Each word counts alone and in its compound.
 */
export function persianNumberWords(text: string): Set<string> {
  const found = new Set<string>();
  const words = text
    .replace(/[يى]/g, 'ی')
    .split(/[\s\u200c\p{P}]+/u)
    .filter((w) => w !== '');
  let total = 0;
  let current = 0;
  let last = 0;
  let state: 'none' | 'number' | 'and' = 'none';
  const flush = (): void => {
    if (state !== 'none') found.add(String(total + current));
    total = 0;
    current = 0;
    state = 'none';
  };
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const unit = FA_UNITS[w];
    const scale = FA_SCALES[w];
    if (unit !== undefined) {
      // Two number words in a row («دو سه», "two or three") are separate numbers.
      if (state === 'number') flush();
      found.add(String(unit));
      current += unit;
      last = unit;
      state = 'number';
    } else if (scale !== undefined && state === 'number') {
      total += (current || 1) * scale;
      current = 0;
      last = total;
    } else if (w === 'و' && state === 'number' && joinsWithAnd(last, FA_UNITS[words[i + 1] ?? ''])) {
      state = 'and';
    } else {
      flush();
    }
  }
  flush();
  return found;
}

/** «بیست و یک», «سیصد و پنجاه», «دو هزار و پانصد»: each part after "و" is below the previous one's order. */
function joinsWithAnd(last: number, next: number | undefined): boolean {
  if (next === undefined || last < 20) return false;
  return next < 10 ** Math.floor(Math.log10(last));
}
