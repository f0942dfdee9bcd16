/**
 * The Word review table: one row per segment, five columns. The writer (server/formats) and the reader
 * share these labels so a file Barabar wrote is recognised when it comes back.
 */
import type { SegmentStatus } from '../../../shared/model';

export const REVIEW_HEADER = ['#', 'Persian', 'English', 'Status', 'Comments'] as const;

/** Written above the table; the reader finds the document by it. */
export const REVIEW_DOCUMENT_PREFIX = 'Document: ';

export interface ReviewRowOut {
  /** 1-based segment number, as the editor shows it. */
  number: number;
  source: string;
  target: string;
  status: SegmentStatus;
  comment: string;
}

/** A row as read back from the reviewer's file: cell text only, nothing trusted yet. */
export interface ReviewRowIn {
  /** 1-based row of the table body, for messages. */
  row: number;
  number: string;
  source: string;
  target: string;
  comment: string;
}

export interface ReviewSheet {
  /** The document name written above the table, if the reviewer left it. */
  documentName?: string;
  rows: ReviewRowIn[];
}
