/**
 * The English article as plain text: the title (if any) and each paragraph on one line, paragraphs
 * separated by an empty line (the break OmegaT and most editors read as a paragraph). A Persian source
 * standing in for a missing translation is bracketed and bidi-isolated so it reads correctly in LTR text.
 */
import type { Article, ArticleParagraph } from './model';

const FSI = '\u2068';
const PDI = '\u2069';

export function paragraphText(p: ArticleParagraph, mark: (source: string) => string): string {
  return p.parts.map((part) => (part.kind === 'text' ? part.text : mark(part.text))).join(' ');
}

export const markSourceTxt = (source: string): string => `[FA: ${FSI}${source}${PDI}]`;

export function writeArticleTxt(article: Article): string {
  const lines = article.title ? [article.title, ...article.paragraphs] : article.paragraphs;
  if (lines.length === 0) return '';
  return `${lines.map((p) => paragraphText(p, markSourceTxt)).join('\n\n')}\n`;
}
