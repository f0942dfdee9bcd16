/** Uploaded files ({ fileName, contentBase64 }): size checked against the one limit policy, then decoded. */
import { basename } from 'node:path';
import { AppError } from '../../shared/errors';
import { base64DecodedBytes, FILE_LIMITS, formatLimit, type FileKind } from '../../shared/limits';
import { decodeFile } from '../services/decode-file';
import type { IncomingFile } from '../services/documents-service';

export interface Upload {
  fileName: string;
  contentBase64: string;
}

/** The bytes of an upload; `file_too_large` (the same error the CLI's file reader gives) beyond its kind's limit. */
export function uploadBytes(upload: Upload, kind: FileKind): Uint8Array {
  const limit = FILE_LIMITS[kind];
  if (base64DecodedBytes(upload.contentBase64) > limit)
    throw new AppError('file_too_large', { file: upload.fileName, limit: formatLimit(limit) });
  return new Uint8Array(Buffer.from(upload.contentBase64, 'base64'));
}

/** A report as the documents service takes it: display name, the name to cite, the bytes. */
export function uploadedReport(upload: Upload): IncomingFile {
  return { name: basename(upload.fileName), file: upload.fileName, bytes: uploadBytes(upload, 'report') };
}

/** An exchange file (glossary, XLIFF, TMX) decoded to text like reports are (BOMs, UTF-16, Windows-1256). */
export function uploadedText(upload: Upload, kind: FileKind): string {
  return decodeFile(uploadBytes(upload, kind), upload.fileName);
}
