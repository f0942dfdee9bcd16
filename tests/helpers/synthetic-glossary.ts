/** A big, valid, all-distinct glossary for tests of long imports: one OmegaT TSV line per entry. */
const LETTERS = 'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی';

/** `n` written with Persian letters as digits, so every entry has its own Persian term. */
function persianNumber(n: number): string {
  let s = '';
  do {
    s = LETTERS[n % LETTERS.length]! + s;
    n = Math.floor(n / LETTERS.length);
  } while (n > 0);
  return s;
}

export function syntheticTsv(count: number, from = 0): string {
  const lines: string[] = [];
  for (let i = from; i < from + count; i++) lines.push(`واژه ${persianNumber(i)}\tterm ${i}`);
  return `${lines.join('\n')}\n`;
}
