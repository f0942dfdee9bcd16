/**
 * The entry editor's context renderings field: one "Persian phrase => English" per line, the same notation
 * as the termbase file's `context:` lines (glossary/README.md).
 */
import type { ContextRendering } from '../../../../shared/model';

const ARROW = '=>';
const ARABIC_SCRIPT = /[\u0600-\u06ff]/u;

export function formatContextLines(contexts: readonly ContextRendering[]): string {
  return contexts.map((c) => `${c.fa} ${ARROW} ${c.en}`).join('\n');
}

/** The contexts of the field, or the first bad line (1-based) and why. Blank lines are skipped. */
export function parseContextLines(text: string): { contexts: ContextRendering[] } | { line: number; reason: string } {
  const contexts: ContextRendering[] = [];
  const lines = text.split(/\r\n|\n|\r/u);
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    const at = line.indexOf(ARROW);
    const fa = at < 0 ? '' : line.slice(0, at).trim();
    const en = at < 0 ? '' : line.slice(at + ARROW.length).trim();
    if (fa === '' || en === '') return { line: i + 1, reason: 'Persian phrase => English' };
    if (!ARABIC_SCRIPT.test(fa) || ARABIC_SCRIPT.test(en)) return { line: i + 1, reason: 'Persian on the left, English on the right' };
    contexts.push({ fa, en });
  }
  return { contexts };
}
