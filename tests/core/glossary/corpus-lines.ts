/** Real sentences for the matcher tests: whole lines of the corpus reports, found by a fragment. */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORPUS_DIR = fileURLToPath(new URL('../../../corpus/', import.meta.url));

export const corpusText: string = readdirSync(CORPUS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => readFileSync(CORPUS_DIR + name, 'utf8'))
  .join('\n');

const lines = corpusText.split('\n');

/** The first corpus line containing `fragment`, exactly as written (throws if the corpus lacks it). */
export function corpusLine(fragment: string): string {
  const line = lines.find((l) => l.includes(fragment));
  if (line === undefined) throw new Error(`no corpus line contains «${fragment}»`);
  return line;
}
