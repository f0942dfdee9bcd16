/**
 * The paragraphs of an HTML page, as plain text: what a reader sees as body text, one string per block.
 *
 * htmlparser2 rather than a DOM: it is forgiving with the broken markup of saved news pages, decodes
 * entities, never fetches or runs anything, and streams, so a large page is one pass with no tree.
 * Navigation, headers, footers, asides, forms, scripts, styles and comments are dropped; block elements and
 * <br> end a paragraph; table cells become paragraphs in row order. When the page marks its article
 * (<article>, else <main>), only that text is kept, so menus and "related news" lists stay out.
 */
import { Parser } from 'htmlparser2';

/** Elements whose whole content is not body text. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'nav',
  'header',
  'footer',
  'aside',
  'form',
  'button',
  'select',
  'option',
  'textarea',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
  'video',
  'audio',
]);
const SKIP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu']);

/** Elements that start and end a paragraph. */
const BLOCK = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'caption',
  'hr',
  'address',
  'center',
  'body',
  'html',
]);

/** Void elements never get a closing tag event we could pair with a skip. */
const VOID = new Set([
  'br',
  'hr',
  'img',
  'input',
  'meta',
  'link',
  'wbr',
  'area',
  'base',
  'col',
  'embed',
  'source',
  'track',
]);

export interface HtmlParagraphsOptions {
  /** Keep only <article>/<main> text when the page has any (web pages); off for converted Word files. */
  preferArticle: boolean;
}

interface Block {
  text: string;
  inArticle: boolean;
  inMain: boolean;
}

export function htmlParagraphs(html: string, opts: HtmlParagraphsOptions): string[] {
  const blocks: Block[] = [];
  let current = '';
  let skipDepth = 0;
  const stack: { skip: boolean; article: boolean; main: boolean }[] = [];
  let articleDepth = 0;
  let mainDepth = 0;

  const flush = (): void => {
    // HTML collapses whitespace (\s covers NBSP but not ZWNJ, which is part of Persian words).
    const text = current.replace(/\s+/gu, ' ').trim();
    current = '';
    if (text) blocks.push({ text, inArticle: articleDepth > 0, inMain: mainDepth > 0 });
  };

  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (name === 'br') {
          if (skipDepth === 0) flush();
          return;
        }
        if (VOID.has(name)) return;
        const hidden =
          SKIP.has(name) ||
          SKIP_ROLES.has((attribs.role ?? '').toLowerCase()) ||
          'hidden' in attribs ||
          attribs['aria-hidden'] === 'true';
        if (BLOCK.has(name) && skipDepth === 0) flush();
        const article = name === 'article';
        const main = name === 'main' || (attribs.role ?? '').toLowerCase() === 'main';
        stack.push({ skip: hidden, article, main });
        if (hidden) skipDepth++;
        if (article) articleDepth++;
        if (main) mainDepth++;
      },
      ontext(data) {
        if (skipDepth === 0) current += data;
      },
      onclosetag(name) {
        if (VOID.has(name)) return;
        // Pop to the matching open element; htmlparser2 reports implied closes, so the stack stays paired.
        const open = stack.pop();
        if (!open) return;
        if (BLOCK.has(name) && skipDepth === 0) flush();
        if (open.skip) skipDepth--;
        if (open.article) articleDepth--;
        if (open.main) mainDepth--;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  flush();

  if (opts.preferArticle) {
    const article = blocks.filter((b) => b.inArticle);
    if (article.length > 0) return article.map((b) => b.text);
    const main = blocks.filter((b) => b.inMain);
    if (main.length > 0) return main.map((b) => b.text);
  }
  return blocks.map((b) => b.text);
}
