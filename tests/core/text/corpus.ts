/** The four Persian corpus reports, read as the brief says they are stored: UTF-8 without BOM. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORPUS_DIR = fileURLToPath(new URL('../../../corpus/', import.meta.url));

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  text: string;
}

export function readCorpus(): CorpusFile[] {
  return readdirSync(CORPUS_DIR)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const bytes = new Uint8Array(readFileSync(CORPUS_DIR + name));
      return { name, bytes, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    });
}
