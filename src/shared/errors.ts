/**
 * Errors cross every door (IPC, HTTP, CLI) as a code plus parameters. The UI translates the code
 * through i18next (`errors.<code>`), the CLI formats it in English; no server-side prose reaches a user
 * interface untranslated.
 */
export const ERROR_CODES = [
  'validation', // params: { field, message }
  'not_found', // params: { what, id }
  'file_not_found', // params: { file }
  'file_is_directory', // params: { file }
  'file_empty', // params: { file }
  'file_binary', // params: { file }
  'file_too_large', // params: { file, limit }
  'file_undecodable', // params: { file, encoding?, line? }
  'document_changed', // params: { file, id }  re-import of a changed file
  'parse', // params: { file, line?, element?, reason }
  'import_rejected', // params: { file, rejected: number } the whole import was rolled back
  'conflict', // params: { field, value }
  'db_too_new', // params: { file, dbVersion, codeVersion }
  'unsupported_format', // params: { format }
  'forbidden', // params: { reason }
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

/** Plain-English rendering for logs and the CLI (the UI uses its locale files instead). */
export function formatError({ code, params }: SerializedError): string {
  const p = (k: string): string => String(params[k] ?? '');
  const where = (): string => {
    const parts = [p('file')];
    if (params.line != null) parts.push(`line ${p('line')}`);
    if (params.element != null) parts.push(`<${p('element')}>`);
    return parts.filter(Boolean).join(', ');
  };
  switch (code) {
    case 'validation':
      return `invalid ${p('field') || 'input'}: ${p('message')}`;
    case 'not_found':
      return `${p('what') || 'item'} not found: ${p('id')}`;
    case 'file_not_found':
      return `${p('file')}: no such file`;
    case 'file_is_directory':
      return `${p('file')}: is a directory, not a file`;
    case 'file_empty':
      return `${p('file')}: file is empty`;
    case 'file_binary':
      return `${p('file')}: looks like a binary file, not text`;
    case 'file_too_large':
      return `${p('file')}: file is larger than the ${p('limit')} limit`;
    case 'file_undecodable':
      return `${where()}: cannot decode text${params.encoding ? ` as ${p('encoding')}` : ''}`;
    case 'document_changed':
      return `${p('file')}: differs from the already imported document ${p('id')}; not replaced (remove it first or import under another name)`;
    case 'parse':
      return `${where()}: ${p('reason')}`;
    case 'import_rejected':
      return `${p('file')}: ${p('rejected')} row(s) rejected, nothing imported`;
    case 'conflict':
      return `conflict on ${p('field')}: ${p('value')}`;
    case 'db_too_new':
      return `${p('file')}: database schema version ${p('dbVersion')} is newer than this Barabar (${p('codeVersion')}); upgrade Barabar`;
    case 'unsupported_format':
      return `unsupported format: ${p('format')}`;
    case 'forbidden':
      return `forbidden: ${p('reason')}`;
    case 'internal':
      return `internal error: ${p('message')}`;
    case 'unconfirmed_segments':
      return `${p('document')}: ${p('count')} segment(s) not confirmed: ${p('segments')} (confirm them, or choose to leave them out, keep their drafts or show the Persian source)`;
    case 'review_mismatch':
      return `${p('file')}: the Persian text of segment(s) ${p('segments')} no longer matches the document; nothing applied`;
    case 'not_docx':
      return `${p('file')}: not a Word .docx file (it is not a zip archive)`;
    case 'file_encrypted':
      return `${p('file')}: the file is password-protected; save it without a password and try again`;
    case 'no_text':
      return `${p('file')}: no article text found`;
  }
}
