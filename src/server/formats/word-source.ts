/**
 * The text of a Word .docx report: paragraphs, headings and list items each as a paragraph, tables cell by
 * cell in row order. mammoth reads the document model (runs, fields, tracked insertions, numbering) which a
 * raw XML walk would have to reimplement; its HTML is then read by the same paragraph reader as web pages.
 */
import { AppError } from '../../shared/errors';
import { htmlParagraphs } from './html-paragraphs';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
/** OLE compound file: what Word writes for a password-protected .docx (and for old binary .doc files). */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (bytes: Uint8Array, sig: readonly number[]): boolean =>
  bytes.length >= sig.length && sig.every((b, i) => bytes[i] === b);

/** "EncryptedPackage" as the UTF-16LE stream name inside the compound file. */
function hasEncryptedPackage(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(
    Buffer.from('EncryptedPackage', 'utf16le'),
  );
}

/** Refuses what is not a readable .docx with an error naming the file; no text is produced from it. */
export function checkDocxBytes(bytes: Uint8Array, file: string): void {
  if (startsWith(bytes, ZIP)) return;
  if (startsWith(bytes, CFB) && hasEncryptedPackage(bytes)) throw new AppError('file_encrypted', { file });
  throw new AppError('not_docx', { file });
}

/** Word HTML for a .docx, images left out (they carry no text and would inflate the HTML as base64). */
export async function docxToHtml(bytes: Uint8Array, file: string): Promise<string> {
  checkDocxBytes(bytes, file);
  // Loaded on first use: every CLI command would otherwise pay for parsing it at start-up.
  const { default: mammoth } = await import('mammoth');
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        // Never follow links to files outside the document (linked images in a hostile file).
        externalFileAccess: false,
      },
    );
    return result.value;
  } catch (e) {
    const reason = e instanceof Error ? e.message.split('\n')[0]! : String(e);
    throw new AppError('parse', { file, reason: `not a readable Word document (${reason})` });
  }
}

export async function docxParagraphs(bytes: Uint8Array, file: string): Promise<string[]> {
  return htmlParagraphs(await docxToHtml(bytes, file), { preferArticle: false });
}
