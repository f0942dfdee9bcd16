/**
 * A report's source format follows from its original file name, which the document keeps as its name:
 * one rule for the importer (which reader to use) and for everyone who shows or exports the document.
 */
import type { SourceFormat } from '../../../shared/model';

export function sourceFormatOf(fileName: string): SourceFormat {
  const ext = /\.([^.\\/]+)$/u.exec(fileName)?.[1]?.toLowerCase();
  if (ext === 'docx') return 'docx';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return 'txt';
}
