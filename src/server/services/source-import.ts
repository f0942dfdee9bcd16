/**
 * Imports reports in any source format. Word and HTML files are turned into text first (asynchronously:
 * mammoth unzips); only when every file converted does the documents service import them, all or nothing.
 * As a job: a checkpoint before each file, so a cancel lands between files and before the one write.
 */
import { sourceBytes, sourceFormatOf } from '../formats/source-text';
import { checkpoint, quietCall, type JobCall } from '../jobs/job-call';
import {
  prepareFile,
  type DocumentsService,
  type ImportResult,
  type IncomingFile,
  type Prepared,
} from './documents-service';

export async function importSourceFiles(
  documents: DocumentsService,
  files: readonly IncomingFile[],
  call: JobCall = quietCall(),
): Promise<ImportResult[]> {
  const prepared: Prepared[] = [];
  for (const [i, f] of files.entries()) {
    await checkpoint(call, { phase: 'read', done: i, total: files.length });
    // The name is kept as the document's name, so the format it implies is remembered with it.
    const sourceFormat = sourceFormatOf(f.name);
    prepared.push(prepareFile({ ...f, bytes: await sourceBytes(f.bytes, f.file, sourceFormat) }));
  }
  // The last chance to cancel: the write is one transaction.
  await checkpoint(call, { phase: 'write', done: 0, total: files.length });
  const results = documents.importPrepared(prepared);
  call.progress({ phase: 'write', done: files.length, total: files.length });
  return results;
}
