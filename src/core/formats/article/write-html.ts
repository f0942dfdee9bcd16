/**
 * The English article as a standalone HTML page (well-formed XML, like the bilingual sheet, so it parses
 * strictly): an <h1> title when the report opens with a headline, one <p> per source paragraph. A Persian
 * source standing in for a missing translation is a right-to-left <span class="untranslated">.
 */
import { escapeXmlAttr as attr, escapeXmlText as text } from '../xml/escape';
import type { Article, ArticleParagraph } from './model';

const STYLE = `
body{font-family:Georgia,"Times New Roman",serif;max-width:42rem;margin:2rem auto;padding:0 1rem;line-height:1.55;color:#111}
h1{font-size:1.6rem;line-height:1.25}
.untranslated{font-family:Vazirmatn,"Noto Naskh Arabic",Tahoma,sans-serif;background:#fff4d6;border-bottom:1px dashed #b58900}`;

export interface ArticleHtmlOptions {
  /** Shown in the <title> when the article has no headline (normally the document's file name). */
  name: string;
  generator: string;
}

const inline = (p: ArticleParagraph): string =>
  p.parts
    .map((part) =>
      part.kind === 'text'
        ? text(part.text)
        : `<span class="untranslated" lang="fa" dir="rtl" title="not translated">${text(part.text)}</span>`,
    )
    .join(' ');

const plain = (p: ArticleParagraph): string =>
  p.parts
    .map((part) => (part.kind === 'text' ? part.text : ''))
    .join(' ')
    .trim();

export function writeArticleHtml(article: Article, opts: ArticleHtmlOptions): string {
  const title = (article.title && plain(article.title)) || opts.name;
  const out = [
    '<!DOCTYPE html>\n<html lang="en" dir="ltr">\n<head>\n<meta charset="utf-8"/>\n',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'"/>\n`,
    `<meta name="generator" content="${attr(opts.generator)}"/>\n`,
    `<title>${text(title)}</title>\n<style>${STYLE}</style>\n</head>\n<body>\n<article>\n`,
  ];
  if (article.title) out.push(`<h1>${inline(article.title)}</h1>\n`);
  for (const p of article.paragraphs) out.push(`<p>${inline(p)}</p>\n`);
  out.push('</article>\n</body>\n</html>\n');
  return out.join('');
}
