/**
 * unbalanced-quotes: a quotation mark without its partner in the target: "", “”, ‘’, «». The straight
 * apostrophe and a ’ inside or after a word ("Iran’s", "Generals’") are apostrophes, not quotes. When the
 * source itself leaves a quotation open (a quote spanning sentences), the target may too.
 */
import { excerpt, isUntranslated, makeFinding, type CheckInfo } from '../finding';
import type { QaFinding, QaSegment, SegmentCheck } from '../types';

const info: CheckInfo = { id: 'unbalanced-quotes', severity: 'warning', message: 'qa.unbalancedQuotes' };
const QUOTES = /["“”‘’«»]/;
const PAIRS: Record<string, string> = { '“': '”', '«': '»', '‘': '’' };
const CLOSES: Record<string, string> = { '”': '“', '»': '«', '’': '‘' };

interface Stray {
  char: string;
  at: number;
}

const isLetter = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

export function strayQuotes(text: string): Stray[] {
  const open = new Map<string, number[]>();
  const stray: Stray[] = [];
  let straight: number | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] ?? '';
    if (c === '"') {
      straight = straight === null ? i : null;
    } else if (PAIRS[c] !== undefined) {
      const list = open.get(c) ?? [];
      list.push(i);
      open.set(c, list);
    } else if (CLOSES[c] !== undefined) {
      const opener = CLOSES[c] ?? '';
      const list = open.get(opener);
      if (list && list.length > 0) list.pop();
      // A lone ’ is an apostrophe ("Iran’s", "Generals’"), never a stray quote.
      else if (c !== '’') stray.push({ char: c, at: i });
    }
  }
  if (straight !== null) stray.push({ char: '"', at: straight });
  for (const [char, list] of open) for (const at of list) stray.push({ char, at });
  return stray.sort((a, b) => a.at - b.at);
}

/** ’ between two letters is an apostrophe even inside ‘…’: "‘Iran’s position’". */
function withoutInnerApostrophes(text: string): string {
  return text.replace(/’/g, (m, at: number) => (isLetter(text[at - 1]) && isLetter(text[at + 1]) ? "'" : m));
}

export const unbalancedQuotes: SegmentCheck = {
  id: info.id,
  severity: info.severity,
  run(seg: QaSegment): QaFinding[] {
    if (isUntranslated(seg) || !QUOTES.test(seg.target)) return [];
    if (strayQuotes(seg.source).length > 0) return [];
    return strayQuotes(withoutInnerApostrophes(seg.target)).map((s) =>
      makeFinding(
        info,
        seg,
        excerpt(seg.target, s.at, s.at + 1),
        { char: s.char },
        { field: 'target', start: s.at, end: s.at + 1 },
      ),
    );
  },
};
