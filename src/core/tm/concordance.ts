/**
 * Where a concordance query occurs in a text, in any spelling: both are folded with the glossary's rules,
 * and on the Persian side spaces and ZWNJ are ignored, so «بین المللی» finds «بینالمللی» and
 * «بین‌المللی». Returns ranges of the original text, for highlighting.
 */
import { KEY_SPACE, KEY_ZWNJ, normalizeForMatch } from '../text/normalize';

export interface TextRange {
  start: number;
  end: number;
}

interface Compact {
  chars: string;
  /** Original start/end of each compact char. */
  starts: number[];
  ends: number[];
}

function compact(text: string, dropSpaces: boolean): Compact {
  const { key, starts, ends } = normalizeForMatch(text);
  let chars = '';
  const s: number[] = [];
  const e: number[] = [];
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === KEY_ZWNJ || (dropSpaces && c === KEY_SPACE)) continue;
    // Without dropSpaces a ZWNJ still goes: English has none, and Persian spellings differ by it.
    chars += key[i];
    s.push(starts[i] as number);
    e.push(ends[i] as number);
  }
  return { chars, starts: s, ends: e };
}

/** Non-overlapping occurrences of `query` in `text`. `persian` ignores spaces as well as ZWNJ. */
export function findSpelled(text: string, query: string, persian: boolean): TextRange[] {
  const q = compact(query, persian).chars.trim();
  if (q === '') return [];
  const t = compact(text, persian);
  const out: TextRange[] = [];
  for (let at = t.chars.indexOf(q); at !== -1; at = t.chars.indexOf(q, at + q.length)) {
    out.push({ start: t.starts[at] as number, end: t.ends[at + q.length - 1] as number });
  }
  return out;
}
