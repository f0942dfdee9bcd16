/**
 * Glossary exchange formats: OmegaT TSV (plus our richer TSV), CSV, TBX v2 (martif) and TBX-Basic v3.
 * Pure: strings in, model out. The caller decodes bytes (and legacy encodings) before calling.
 *
 * Whole-file problems (not XML, wrong root, unsafe XML, broken CSV quoting, a header without term
 * columns) throw AppError('parse', { file, line, reason }). Problems with single rows or entries never
 * throw: they are listed in `rejected` with the line or element, and the rest is still parsed, so the
 * user sees every problem at once.
 *
 * Terms come back grouped by language, Persian first, each language in file order (TBX groups them by
 * langSet anyway, so every format agrees).
 */
import { AppError } from '../../../shared/errors';
import type { GlossaryFormat, ImportRowReport } from '../../../shared/model';
import { readCsv } from './csv';
import { EntryCollector } from './entry-collector';
import type { ParsedEntry } from './entry-collector';
import { readTbx } from './tbx-read';
import { readTsv } from './tsv';

export type { ParsedEntry, SeenIndex, SeenSpace } from './entry-collector';
export { EntryCollector, memorySeenIndex } from './entry-collector';
export { compactSeenIndex } from './seen-index';
export { writeGlossary, type WriteGlossaryOptions } from './write';

export interface ParsedGlossary {
  /** "omegat-tsv" for a TSV without a column header (OmegaT's fixed three columns). */
  format: GlossaryFormat | 'omegat-tsv';
  entries: ParsedEntry[];
  rejected: ImportRowReport[];
}

/** By content first (an XML root decides between the TBX dialects), then by extension. */
export function detectGlossaryFormat(text: string, fileName: string): GlossaryFormat {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '');
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (/^\s*</.test(head) || ext === 'tbx' || ext === 'xml') {
    // Skip the declaration, comments, doctype and processing instructions to reach the root's name.
    const prolog = head.replace(/<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!DOCTYPE[^[>]*(\[[\s\S]*?\])?\s*>/gi, '');
    const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(prolog)?.[2];
    return root === 'tbx' ? 'tbx-basic' : 'tbx';
  }
  if (ext === 'csv') return 'csv';
  if (ext === 'tsv' || ext === 'tab' || ext === 'txt' || ext === 'utf8') return 'tsv';
  const firstLine = head.split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#')) ?? '';
  if (firstLine.includes('\t')) return 'tsv';
  if (firstLine.includes(',') || firstLine.includes(';')) return 'csv';
  throw new AppError('unsupported_format', { format: ext || fileName });
}

export function parseGlossary(text: string, file: string, format?: GlossaryFormat): ParsedGlossary {
  const collector = new EntryCollector();
  const steps = parseGlossarySteps(text, file, format, collector);
  for (;;) {
    const r = steps.next();
    if (r.done === true) return { format: r.value, entries: collector.entries, rejected: collector.rejected };
  }
}

/** Characters of the file's start that format detection looks at. */
const HEAD_CHARS = 4096;

/**
 * The parse as steps for long imports: yields after every row (TSV, CSV) or piece of XML (TBX), with the
 * entries read so far in `collector.entries`, which the caller may take out (a 1M-line file then never
 * sits in memory as entries: issue 13.17). Returns the format the file turned out to be.
 *
 * `input` is the whole text or the file's text in chunks as it is read from disk: TBX and TSV are then
 * parsed while they are read and never held whole (issue 14.2); CSV, whose quoted cells may span any
 * number of lines, is joined first.
 */
export function* parseGlossarySteps(
  input: string | Iterable<string>,
  file: string,
  format: GlossaryFormat | undefined,
  collector: EntryCollector,
): Generator<void, ParsedGlossary['format']> {
  const { head, text } = typeof input === 'string' ? { head: input, text: input } : peek(input, HEAD_CHARS);
  const fmt = format ?? detectGlossaryFormat(head, file);
  switch (fmt) {
    case 'tsv':
      return (yield* readTsv(text, file, collector)).named ? 'tsv' : 'omegat-tsv';
    case 'csv':
      yield* readCsv(typeof text === 'string' ? text : [...text].join(''), file, collector);
      return 'csv';
    case 'tbx':
    case 'tbx-basic':
      // Either dialect is accepted whatever was asked for; the root says which one it was.
      return yield* readTbx(text, file, collector);
  }
}

/** The first `chars` characters (or all there are) of chunked text, and the same text again from its start. */
function peek(chunks: Iterable<string>, chars: number): { head: string; text: Iterable<string> } {
  const it = chunks[Symbol.iterator]();
  const taken: string[] = [];
  let length = 0;
  while (length < chars) {
    const r = it.next();
    if (r.done === true) break;
    taken.push(r.value);
    length += r.value.length;
  }
  function* again(): Generator<string> {
    yield* taken.splice(0);
    for (let r = it.next(); r.done !== true; r = it.next()) yield r.value;
  }
  return { head: taken.join('').slice(0, chars), text: again() };
}
