/**
 * Errors cross every door (IPC, HTTP, CLI) as a code plus parameters. The UI and the CLI both turn them
 * into text with shared/i18n/format-error.ts (the UI in its language, the CLI in English); no
 * server-side prose reaches a user interface untranslated.
 */
import { formatError as formatErrorText } from './i18n/format-error';

export const ERROR_CODES = [
  'validation', // params: { field, message }
  'not_found', // params: { what, id }
  'file_not_found', // params: { file }
  'file_is_directory', // params: { file }
  'file_empty', // params: { file }
  'file_binary', // params: { file }
  'file_too_large', // params: { file, limit, notUtf8? } notUtf8: refused because a file not in UTF-8 is read whole
  'file_undecodable', // params: { file, encoding?, line? }
  'document_changed', // params: { file, id }  re-import of a changed file
  'parse', // params: { file, line?, element?, reason }
  'import_rejected', // params: { file, rejected: number } the whole import was rolled back
  'conflict', // params: { field, value }
  'db_too_new', // params: { file, dbVersion, codeVersion }
  'db_busy', // params: { file? }  another process holds the write lock past the busy timeout
  'unsupported_format', // params: { format }
  'forbidden', // params: { reason }
  'cancelled', // params: {}  a long job stopped at the user's request; nothing was written
  'internal', // params: { message }
  'unconfirmed_segments', // params: { document, count, segments } an article export with unfinished segments
  'review_mismatch', // params: { file, count, segments } a review file whose Persian no longer matches
  'not_docx', // params: { file } not a zip archive, so not a Word .docx
  'file_encrypted', // params: { file } a password-protected Office file
  'no_text', // params: { file } a Word or web page with no body text
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];
export type ErrorParams = Record<string, string | number | boolean | null>;

export interface SerializedError {
  code: ErrorCode;
  params: ErrorParams;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  constructor(code: ErrorCode, params: ErrorParams = {}) {
    super(formatError({ code, params }));
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
  toJSON(): SerializedError {
    return { code: this.code, params: this.params };
  }
}

export function isSerializedError(value: unknown): value is SerializedError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { code?: unknown }).code === 'string' &&
    (ERROR_CODES as readonly string[]).includes((value as { code: string }).code)
  );
}

/** Plain-English rendering for logs and the CLI: the same text the English UI shows. */
export function formatError({ code, params }: SerializedError): string {
  return formatErrorText(code, params, 'en');
}
