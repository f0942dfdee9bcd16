/**
 * Turns an incoming report in any supported source format into the plain text the documents service
 * imports: Word and web pages become one line per paragraph, then take exactly the path a .txt takes
 * (decoding, normalisation, segmentation), so every source format is segmented by the same rules.
 */
import { sourceFormatOf } from '../../core/formats/source/source-format';
import { decodeText } from '../../core/text/encoding';
import { AppError } from '../../shared/errors';
import { FILE_LIMITS, formatLimit } from '../../shared/limits';
import type { SourceFormat } from '../../shared/model';
import { htmlParagraphs } from './html-paragraphs';
import { docxParagraphs } from './word-source';

/**
 * A Word file or a saved web page is mostly markup, images and scripts; its text is held to the documents
 * service's own limit after extraction. Above this the file is refused before it is unzipped or parsed.
 */
export const MAX_SOURCE_FILE_BYTES = FILE_LIMITS.richReport;

export { sourceFormatOf };

/** The bytes to import as text: unchanged for .txt, UTF-8 paragraphs (one per line) for Word and HTML. */
export async function sourceBytes(
  bytes: Uint8Array,
  file: string,
  format: SourceFormat,
): Promise<Uint8Array> {
  if (format === 'txt') return bytes;
  if (bytes.byteLength > MAX_SOURCE_FILE_BYTES)
    throw new AppError('file_too_large', { file, limit: formatLimit(MAX_SOURCE_FILE_BYTES) });
  const paragraphs =
    format === 'docx'
      ? await docxParagraphs(bytes, file)
      : htmlParagraphs(decodeText(bytes, file).text, { preferArticle: true });
  if (paragraphs.length === 0) throw new AppError('no_text', { file });
  return new TextEncoder().encode(`${paragraphs.join('\n')}\n`);
}
