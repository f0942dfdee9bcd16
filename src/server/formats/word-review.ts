/**
 * The bilingual review table for editors who work in Word: one row per segment with its number, the
 * Persian (right to left), the English to edit, the status and an empty column for comments. The header
 * row repeats on every page; the document's name sits above the table, where import-review finds it.
 */
import {
  AlignmentType,
  Document,
  HeadingLevel,
  Packer,
  PageOrientation,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { REVIEW_DOCUMENT_PREFIX, REVIEW_HEADER, type ReviewRowOut } from '../../core/formats/review';

export interface WordReviewOptions {
  documentName: string;
  creator: string;
}

/** Column widths in percent: the two text columns share most of a landscape page. */
const WIDTHS = [6, 39, 39, 7, 9] as const;

const cell = (children: Paragraph[], i: number): TableCell =>
  new TableCell({ children, width: { size: WIDTHS[i]!, type: WidthType.PERCENTAGE } });

const ltr = (text: string, bold = false): Paragraph =>
  new Paragraph({ children: [new TextRun({ text, bold, language: { value: 'en-GB' } })] });

const rtl = (text: string): Paragraph =>
  new Paragraph({
    bidirectional: true,
    alignment: AlignmentType.START,
    children: [
      new TextRun({
        text,
        rightToLeft: true,
        font: { cs: 'Vazirmatn', ascii: 'Calibri', hAnsi: 'Calibri' },
        language: { bidirectional: 'fa-IR' },
      }),
    ],
  });

function row(r: ReviewRowOut): TableRow {
  return new TableRow({
    cantSplit: true,
    children: [
      cell([ltr(String(r.number))], 0),
      cell([rtl(r.source)], 1),
      cell([ltr(r.target)], 2),
      cell([ltr(r.status)], 3),
      cell([ltr(r.comment)], 4),
    ],
  });
}

export async function writeReviewDocx(
  rows: Iterable<ReviewRowOut>,
  opts: WordReviewOptions,
): Promise<Uint8Array> {
  const header = new TableRow({
    tableHeader: true,
    children: REVIEW_HEADER.map((label, i) => cell([ltr(label, true)], i)),
  });
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [header, ...[...rows].map(row)],
  });
  const doc = new Document({
    creator: opts.creator,
    title: `Review: ${opts.documentName}`,
    sections: [
      {
        properties: { page: { size: { orientation: PageOrientation.LANDSCAPE } } },
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Barabar review')] }),
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
  return new Uint8Array(await Packer.toBuffer(doc));
}
