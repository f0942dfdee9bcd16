/**
 * Runs translate-toolkit's converters (Debian package `translate-toolkit`, which .ci/run installs) to check
 * that our files read right in another tool. A missing tool fails the test with the install command: an
 * interoperability test that quietly skips proves nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BIN = '/usr/bin';

export function translateToolkit(tool: 'xliff2po' | 'po2xliff' | 'pomerge', args: string[]): void {
  const path = `${BIN}/${tool}`;
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: install translate-toolkit (apt-get install translate-toolkit)`);
  }
  const run = spawnSync(path, ['--progress=none', ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`${tool} ${args.join(' ')} failed (${run.status}): ${run.stderr}`);
}

export interface PoUnit {
  /** `#:` references: for xliff2po output, the trans-unit ids. */
  refs: string[];
  fuzzy: boolean;
  /** msgstr with the quoting undone only as far as needed to tell empty from filled. */
  translated: boolean;
}

/** Just enough of the PO format to read what xliff2po writes: references, the fuzzy flag, empty or not. */
export function readPo(po: string): PoUnit[] {
  return po
    .split(/\n\s*\n/)
    .map((block) => {
      const lines = block.split('\n');
      const refs = lines.filter((l) => l.startsWith('#: ')).flatMap((l) => l.slice(3).trim().split(/\s+/));
      const fuzzy = lines.some((l) => l.startsWith('#,') && /\bfuzzy\b/.test(l));
      const at = lines.findIndex((l) => l.startsWith('msgstr '));
      const value =
        at === -1 ? [] : [lines[at]!.slice(7), ...lines.slice(at + 1).filter((l) => l.startsWith('"'))];
      return { refs, fuzzy, translated: value.some((v) => v !== '""') };
    })
    .filter((u) => u.refs.length > 0);
}
