/**
 * The termbase's QA rules that TBX and the table formats have no field for — a short form allowed for later
 * mentions, and context renderings — are written as marks in notes and comments (tbx-write, table-write)
 * and read back here, so an export imported again keeps them.
 */
import type { ContextRendering } from '../../../shared/model';

/** TBX: a term-level <note> with exactly this text. */
export const TBX_LATER_NOTE = 'later mentions only';
/** Tables: in the comment of the row that describes the English term. */
export const TABLE_LATER_MARK = '[later mentions only]';

/** TBX: `<descrip type="context">` holding "Persian phrase => English". */
export function tbxContextText(c: ContextRendering): string {
  return `${c.fa} => ${c.en}`;
}

export function parseTbxContext(text: string): ContextRendering | undefined {
  const at = text.indexOf(' => ');
  if (at < 0) return undefined;
  const fa = text.slice(0, at).trim();
  const en = text.slice(at + 4).trim();
  return fa && en ? { fa, en } : undefined;
}

/** Tables: `[context] «Persian phrase» → English`, after the notes in the first row's comment. */
export function tableContextText(c: ContextRendering): string {
  return `[context] «${c.fa}» → ${c.en}`;
}

const TABLE_CONTEXT = /\[context\] «([^»]+)» → (.+?)(?= \[context\] «|$)/g;

/** The marks in one comment cell of our table export. */
export function parseTableComment(comment: string): { later: boolean; contexts: ContextRendering[] } {
  const contexts: ContextRendering[] = [];
  for (const m of comment.matchAll(TABLE_CONTEXT)) {
    const fa = m[1]?.trim() ?? '';
    const en = m[2]?.trim() ?? '';
    if (fa && en) contexts.push({ fa, en });
  }
  return { later: comment.includes(TABLE_LATER_MARK), contexts };
}
