/**
 * Imports reports in any source format. Word and HTML files are turned into text first (asynchronously:
 * mammoth unzips); only when every file converted does the documents service import them, all or nothing.
 */
import { sourceBytes, sourceFormatOf } from '../formats/source-text';
import type { DocumentsService, ImportResult, IncomingFile } from './documents-service';

export async function importSourceFiles(
  documents: DocumentsService,
  files: readonly IncomingFile[],
): Promise<ImportResult[]> {
  const converted: IncomingFile[] = [];
  for (const f of files) {
    // The name is kept as the document's name, so the format it implies is remembered with it.
    const sourceFormat = sourceFormatOf(f.name);
    converted.push({ ...f, bytes: await sourceBytes(f.bytes, f.file, sourceFormat) });
  }
  return documents.importFiles(converted);
}
