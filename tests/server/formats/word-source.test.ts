import { describe, expect, it } from 'vitest';
import { buildReportDocx } from '../../helpers/docx';
import { docxParagraphs } from '../../../src/server/formats/word-source';
import { MAX_SOURCE_FILE_BYTES, sourceBytes } from '../../../src/server/formats/source-text';

describe('Word .docx sources', () => {
  it('reads headings, paragraphs and list items as paragraphs and tables row by row', async () => {
    expect(await docxParagraphs(await buildReportDocx(), 'report.docx')).toEqual([
      'دیدار وزیران دفاع',
      'وزیر دفاع گفت.',
      'بند یک',
      'بند دو',
      'کشور',
      'پایتخت',
      'بلاروس',
      'مینسک',
      'پایان گزارش.',
    ]);
  });

  it('refuses a file that is not a zip, naming it', async () => {
    await expect(docxParagraphs(new TextEncoder().encode('hello'), 'fake.docx')).rejects.toMatchObject({
      code: 'not_docx',
      params: { file: 'fake.docx' },
    });
  });

  it('recognises a password-protected docx (an OLE compound file holding an EncryptedPackage)', async () => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    bytes.set(new Uint8Array(Buffer.from('EncryptedPackage', 'utf16le')), 1024);
    await expect(docxParagraphs(bytes, 'secret.docx')).rejects.toMatchObject({
      code: 'file_encrypted',
      params: { file: 'secret.docx' },
    });
  });

  it('refuses a zip that is not a Word document', async () => {
    // An empty zip archive: the end-of-central-directory record alone.
    const emptyZip = new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    const notWord = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...emptyZip]);
    await expect(docxParagraphs(notWord, 'x.docx')).rejects.toMatchObject({
      code: 'parse',
      params: { file: 'x.docx' },
    });
  });

  it('refuses a 50 MB file before reading it', async () => {
    const big = new Uint8Array(50 * 1024 * 1024);
    expect(big.byteLength).toBeGreaterThan(MAX_SOURCE_FILE_BYTES);
    await expect(sourceBytes(big, 'big.docx', 'docx')).rejects.toMatchObject({
      code: 'file_too_large',
      params: { file: 'big.docx' },
    });
  });
});
