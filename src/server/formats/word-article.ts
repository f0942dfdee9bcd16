/**
 * The English article as a Word document, built with `docx` (a maintained OOXML writer: Word and
 * LibreOffice open its output without repair prompts). Left-to-right English paragraphs in a body style;
 * the headline, when the report has one, as Word's Title; a Persian source that stands in for a missing
 * translation as a highlighted right-to-left run, so an editor sees the gap at a glance.
 */
import type * as DocxModule from 'docx';
import type { Paragraph, TextRun } from 'docx';
import type { Article, ArticleParagraph } from '../../core/formats/article';

export interface WordArticleOptions {
  /** The document's name, stored as the file's title when the article has no headline. */
  name: string;
  creator: string;
}

const EN = { value: 'en-GB' } as const;

type Docx = typeof DocxModule;

function runs({ TextRun, HighlightColor }: Docx, p: ArticleParagraph): TextRun[] {
  const out: TextRun[] = [];
  p.parts.forEach((part, i) => {
    const space = i < p.parts.length - 1 ? ' ' : '';
    if (part.kind === 'text') out.push(new TextRun({ text: part.text + space, language: EN }));
    else {
      out.push(
        new TextRun({
          text: part.text,
          rightToLeft: true,
          highlight: HighlightColor.YELLOW,
          font: { cs: 'Vazirmatn', ascii: 'Calibri', hAnsi: 'Calibri' },
          language: { value: 'en-GB', bidirectional: 'fa-IR' },
        }),
      );
      if (space) out.push(new TextRun({ text: space, language: EN }));
    }
  });
  return out;
}

const plain = (p: ArticleParagraph): string =>
  p.parts
    .filter((x) => x.kind === 'text')
    .map((x) => x.text)
    .join(' ');

export async function writeArticleDocx(article: Article, opts: WordArticleOptions): Promise<Uint8Array> {
  // Loaded on first use: every CLI command would otherwise pay for parsing it at start-up.
  const docx = await import('docx');
  const { Document, HeadingLevel, Packer, Paragraph } = docx;
  const body: Paragraph[] = [];
  if (article.title)
    body.push(new Paragraph({ heading: HeadingLevel.TITLE, children: runs(docx, article.title) }));
  for (const p of article.paragraphs) {
    body.push(new Paragraph({ bidirectional: false, spacing: { after: 160 }, children: runs(docx, p) }));
  }
  const doc = new Document({
    creator: opts.creator,
    title: (article.title && plain(article.title)) || opts.name,
    styles: { default: { document: { run: { font: 'Calibri', size: 24, language: EN } } } },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
