/**
 * The bilingual review table for editors who work in Word: one row per segment with its number, the
 * Persian (right to left), the English to edit, the status and an empty column for comments. The header
 * row repeats on every page; the document's name sits above the table, where import-review finds it.
 */
import type * as DocxModule from 'docx';
import type { Paragraph, TableCell, TableRow } from 'docx';
import { REVIEW_DOCUMENT_PREFIX, REVIEW_HEADER, type ReviewRowOut } from '../../core/formats/review';

export interface WordReviewOptions {
  documentName: string;
  creator: string;
}

type Docx = typeof DocxModule;

/** Column widths in percent: the two text columns share most of a landscape page. */
const WIDTHS = [5, 37, 37, 10, 11] as const;

/** Builders bound to the lazily loaded library. */
function parts(d: Docx) {
  const cell = (children: Paragraph[], i: number): TableCell =>
    new d.TableCell({ children, width: { size: WIDTHS[i]!, type: d.WidthType.PERCENTAGE } });
  const ltr = (text: string, bold = false): Paragraph =>
    new d.Paragraph({ children: [new d.TextRun({ text, bold, language: { value: 'en-GB' } })] });
  const rtl = (text: string): Paragraph =>
    new d.Paragraph({
      bidirectional: true,
      alignment: d.AlignmentType.START,
      children: [
        new d.TextRun({
          text,
          rightToLeft: true,
          font: { cs: 'Vazirmatn', ascii: 'Calibri', hAnsi: 'Calibri' },
          language: { bidirectional: 'fa-IR' },
        }),
      ],
    });
  const row = (r: ReviewRowOut): TableRow =>
    new d.TableRow({
      cantSplit: true,
      children: [
        cell([ltr(String(r.number))], 0),
        cell([rtl(r.source)], 1),
        cell([ltr(r.target)], 2),
        cell([ltr(r.status)], 3),
        cell([ltr(r.comment)], 4),
      ],
    });
  return { cell, ltr, row };
}

export async function writeReviewDocx(
  rows: Iterable<ReviewRowOut>,
  opts: WordReviewOptions,
): Promise<Uint8Array> {
  // Loaded on first use: every CLI command would otherwise pay for parsing it at start-up.
  const d = await import('docx');
  const { cell, ltr, row } = parts(d);
  const header = new d.TableRow({
    tableHeader: true,
    children: REVIEW_HEADER.map((label, i) => cell([ltr(label, true)], i)),
  });
  const table = new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [header, ...[...rows].map(row)],
  });
  const doc = new d.Document({
    creator: opts.creator,
    title: `Review: ${opts.documentName}`,
    sections: [
      {
        properties: { page: { size: { orientation: d.PageOrientation.LANDSCAPE } } },
        children: [
          new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: [new d.TextRun('Barabar review')] }),
          ltr(`${REVIEW_DOCUMENT_PREFIX}${opts.documentName}`),
          ltr(
            'Edit the English column (track changes are fine) and add comments in the last column. ' +
              'Leave the numbers and the Persian as they are: rows whose Persian no longer matches are refused.',
          ),
          table,
        ],
      },
    ],
  });
  return new Uint8Array(await d.Packer.toBuffer(doc));
}
