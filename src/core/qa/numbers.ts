/**
 * Numbers of a Persian source and an English target, reduced to comparable values: Persian, Arabic-Indic and
 * ASCII digits are one alphabet; ٬ and "," between groups of three are thousands separators; ٫ (and "." or,
 * in Persian, a single "/") between digits is the decimal point; "3+3" is two numbers. A number followed by
 * a scale word ("۳ میلیون", "3 million") also stands for its full value.
 */

export interface NumberToken {
  /** As written. */
  raw: string;
  start: number;
  end: number;
  /** Canonical values this number may stand for ("3", and "3000000" when followed by "million"). */
  values: string[];
  /** Four digits 1300–1499 with no separator: possibly a Solar Hijri year (1401 → 2022/2023). */
  hijriYear: number | null;
  /** 1–12 when a Solar Hijri month name comes right before the year («اسفندماه ۱۴۰۱»), else null. */
  hijriMonth: number | null;
}

/** Solar Hijri months in match spelling (ی, ک), in order: فروردین is month 1 and starts on about 21 March. */
const HIJRI_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];
const MONTH_BEFORE = new RegExp(`(${HIJRI_MONTHS.join('|')})(?:[\\s\u200c]*ماه)?[\\s\u200c]*$`, 'u');

/** The Hijri month named right before `start` in `text`, or null. */
function monthBefore(text: string, start: number): number | null {
  const m = MONTH_BEFORE.exec(
    text
      .slice(Math.max(0, start - 24), start)
      .replace(/[يى]/gu, 'ی')
      .replace(/ك/gu, 'ک'),
  );
  return m ? HIJRI_MONTHS.indexOf(m[1] ?? '') + 1 : null;
}

export type NumberLang = 'fa' | 'en';

const NUMBER_RUN = /[0-9\u06f0-\u06f9\u0660-\u0669]+(?:[.,/\u066b\u066c][0-9\u06f0-\u06f9\u0660-\u0669]+)*/gu;
const DIGIT_GROUP = /[0-9]+/g;
const PLAIN = /^[0-9]+$/;

export const FA_SCALES: Record<string, number> = {
  هزار: 1e3,
  میلیون: 1e6,
  میلیارد: 1e9,
  بیلیون: 1e9,
  تریلیون: 1e12,
};
const EN_SCALES: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

export function asciiDigits(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x06f0 && c <= 0x06f9) || (c >= 0x0660 && c <= 0x0669)) {
      out += s.slice(from, i) + String(c & 0xf);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** "007" → "7", "2.50" → "2.5", "3.0" → "3". */
function canonical(intPart: string, frac = ''): string {
  const i = intPart.replace(/^0+(?=\d)/, '');
  const f = frac.replace(/0+$/, '');
  return f ? `${i}.${f}` : i;
}

function scaled(value: string, factor: number): string | null {
  const n = Number(value) * factor;
  return Number.isSafeInteger(Math.round(n)) ? String(Math.round(n)) : null;
}

/**
 * Splits one run of digits and separators ("1,000", "۱۴۰۱/۱۲/۱۰", "3.5") into numbers. Returns the
 * canonical value and the run-relative span of each.
 */
function splitRun(run: string, lang: NumberLang): { value: string; from: number; to: number }[] {
  // Most numbers are plain digit runs: no separators to interpret.
  if (PLAIN.test(run)) return [{ value: canonical(run), from: 0, to: run.length }];
  const seps = run.match(/[^0-9]/g) ?? [];
  const groups = [...run.matchAll(DIGIT_GROUP)];
  const whole = (value: string): { value: string; from: number; to: number }[] => [
    { value, from: 0, to: run.length },
  ];
  if (seps.length === 0) return whole(canonical(run));
  const thousandsOk = (sep: string): boolean =>
    groups.every((g, i) => (i === 0 ? g[0].length <= 3 : g[0].length === 3)) && seps.every((s) => s === sep);
  // ٬ is unambiguous; "," only when every group after the first has exactly three digits ("1,000,000").
  if (seps.every((s) => s === '\u066c') || (seps.every((s) => s === ',') && thousandsOk(','))) {
    return whole(canonical(run.replace(/[^0-9]/g, '')));
  }
  if (seps.length === 1) {
    const sep = seps[0] ?? '';
    const decimal = sep === '.' || sep === '\u066b' || (sep === '/' && lang === 'fa');
    const [a, b] = [groups[0]?.[0] ?? '', groups[1]?.[0] ?? ''];
    if (decimal) return whole(canonical(a, b));
  }
  // Thousands groups followed by one decimal part: "1,234.5", «۱٬۲۳۴٫۵».
  const last = seps.length - 1;
  const head = seps.slice(0, last);
  const lastSep = seps[last];
  if (
    head.length > 0 &&
    ((head.every((s) => s === ',') && lastSep === '.') ||
      (head.every((s) => s === '\u066c') && lastSep === '\u066b')) &&
    groups.slice(1, last + 1).every((g) => g[0].length === 3) &&
    (groups[0]?.[0].length ?? 0) <= 3
  ) {
    const digits = groups.map((g) => g[0]);
    return whole(canonical(digits.slice(0, -1).join(''), digits[digits.length - 1]));
  }
  // Anything else (dates, versions, "3,5" lists, "24/7") is several numbers.
  return groups.map((g) => ({
    value: canonical(g[0]),
    from: g.index ?? 0,
    to: (g.index ?? 0) + g[0].length,
  }));
}

/** The word right after `end`, lower-cased, without a leading space or ZWNJ. */
function nextWord(text: string, end: number): string {
  const m = /^[\s\u200c]+([\p{L}]+)/u.exec(text.slice(end, end + 24));
  return (m?.[1] ?? '').toLowerCase();
}

export function extractNumbers(text: string, lang: NumberLang): NumberToken[] {
  const out: NumberToken[] = [];
  const scales = lang === 'fa' ? FA_SCALES : EN_SCALES;
  for (const m of text.matchAll(NUMBER_RUN)) {
    const start = m.index ?? 0;
    const run = asciiDigits(m[0]);
    const parts = splitRun(run, lang);
    parts.forEach((p, i) => {
      const values = [p.value];
      if (i === parts.length - 1) {
        const factor = scales[nextWord(text, start + m[0].length)];
        const full = factor === undefined ? null : scaled(p.value, factor);
        if (full !== null) values.push(full);
      }
      const isPlain4 = p.to - p.from === 4 && /^\d{4}$/.test(run.slice(p.from, p.to));
      const n = Number(p.value);
      out.push({
        raw: m[0].slice(p.from, p.to),
        start: start + p.from,
        end: start + p.to,
        values,
        hijriYear: isPlain4 && n >= 1300 && n <= 1499 ? n : null,
        hijriMonth: isPlain4 && lang === 'fa' ? monthBefore(text, start + p.from) : null,
      });
    });
  }
  return out;
}
