import { decodeText } from '../../core/text/encoding';

/** Imported exchange files (TSV, CSV, TBX, XLIFF, TMX) are decoded like reports: BOMs, UTF-16 and Windows-1256 too. */
export function decodeFile(bytes: Uint8Array, file: string): string {
  return decodeText(bytes, file).text;
}
