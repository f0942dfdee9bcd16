/**
 * Reads a review .docx back: the document name above the table and the table's body rows as cell text.
 * Goes through mammoth like Word sources, so tracked insertions count and tracked deletions do not (the
 * text a reviewer sees with changes accepted).
 */
import { Parser } from 'htmlparser2';
import {
  REVIEW_DOCUMENT_PREFIX,
  REVIEW_HEADER,
  type ReviewRowIn,
  type ReviewSheet,
} from '../../core/formats/review';
import { AppError } from '../../shared/errors';
import { docxToHtml } from './word-source';

/** Paragraph texts outside tables, and each table as rows of cell texts (paragraphs in a cell joined by a space). */
function tablesAndParagraphs(html: string): { paragraphs: string[]; tables: string[][][] } {
  const paragraphs: string[] = [];
  const tables: string[][][] = [];
  let depth = 0;
  let text = '';
  let rowCells: string[] | undefined;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'table') {
          depth++;
          if (depth === 1) tables.push([]);
        } else if (depth === 1 && name === 'tr') rowCells = [];
        else if (depth === 1 && (name === 'td' || name === 'th')) text = '';
        else if (depth === 0 && /^(p|h[1-6]|li)$/u.test(name)) text = '';
        else if (name === 'p' && depth === 1 && text) text += ' ';
        if (name === 'br') text += ' ';
      },
      ontext(data) {
        text += data;
      },
      onclosetag(name) {
        const clean = (): string => text.replace(/\s+/gu, ' ').trim();
        if (name === 'table') depth--;
        else if (depth === 1 && (name === 'td' || name === 'th')) rowCells?.push(clean());
        else if (depth === 1 && name === 'tr' && rowCells) tables[tables.length - 1]!.push(rowCells);
        else if (depth === 0 && /^(p|h[1-6]|li)$/u.test(name)) paragraphs.push(clean());
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return { paragraphs, tables };
}

const isHeader = (cells: readonly string[]): boolean =>
  cells.length >= REVIEW_HEADER.length && REVIEW_HEADER.every((h, i) => cells[i] === h);

export async function readReviewDocx(bytes: Uint8Array, file: string): Promise<ReviewSheet> {
  const { paragraphs, tables } = tablesAndParagraphs(await docxToHtml(bytes, file));
  const table = tables.find((t) => t.length > 0 && isHeader(t[0]!));
  if (!table) {
    throw new AppError('parse', {
      file,
      element: 'table',
      reason: `no review table (a header row "${REVIEW_HEADER.join(' | ')}") found`,
    });
  }
  const rows: ReviewRowIn[] = table.slice(1).map((cells, i) => {
    if (cells.length < REVIEW_HEADER.length) {
      throw new AppError('parse', {
        file,
        element: 'table',
        reason: `row ${i + 1} has ${cells.length} cells, expected ${REVIEW_HEADER.length}`,
      });
    }
    return { row: i + 1, number: cells[0]!, source: cells[1]!, target: cells[2]!, comment: cells[4]! };
  });
  const named = paragraphs.find((p) => p.startsWith(REVIEW_DOCUMENT_PREFIX.trim()));
  const documentName = named?.slice(REVIEW_DOCUMENT_PREFIX.trim().length).trim();
  return documentName ? { documentName, rows } : { rows };
}
