/**
 * The generated files the load benches share: a TBX of `n` entries and a TMX of `n` units, written into
 * `dir` (bench/load-peers.ts loads them against the peers; reader-parts.ts and xml-parse-cpu.ts time the
 * parts of our load on them).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeTmx } from '../src/core/formats/bilingual';
import { writeGlossary } from '../src/core/formats/glossary';
import type { EntryInput } from '../src/shared/model';
import type { BilingualDoc } from '../src/core/formats/bilingual';
import { syntheticEntries } from './glossary-import';
import { tmxDocs } from './parse-peers';

export interface LoadFiles {
  tbx: string;
  tmx: string;
  entries: EntryInput[];
  docs: BilingualDoc[];
}

export function writeLoadFiles(dir: string, n: number): LoadFiles {
  const opts = { createdAt: new Date(0), tool: 'bench' };
  const files = { tbx: join(dir, 'bench.tbx'), tmx: join(dir, 'bench.tmx') };
  const entries = syntheticEntries(n);
  const docs = tmxDocs(n);
  writeFileSync(files.tbx, [...writeGlossary(entries, 'tbx', opts)].join(''));
  writeFileSync(
    files.tmx,
    [...writeTmx(docs, { ...opts, toolVersion: '1', srcLang: 'fa-IR', tgtLang: 'en' })].join(''),
  );
  return { ...files, entries, docs };
}
