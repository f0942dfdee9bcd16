/**
 * What the parse worker does with each kind of file: parse it with the same core readers an import in
 * one thread uses, and hand on items in batches. Kept apart from the worker's messaging so that the
 * items are the same whichever thread makes them.
 */
import { compactSeenIndex, EntryCollector, parseGlossarySteps } from '../../core/formats/glossary';
import { streamTmxSteps } from '../../core/formats/bilingual';
import { termKeyOf } from '../../core/glossary/term-keys';
import { tmKeysInto } from '../../core/tm';
import { readTextChunks } from '../text-chunks';
import { codecFor, glossaryCodec, tmxCodec } from './batch-codec';
import { textFileSource } from '../text-file-source';
import type { GlossaryItem, GlossaryParseEnd, ParseRequest, TmxItem } from './protocol';

/**
 * Items per batch. Small, so the garbage of a batch dies young in both threads: 512 entries lived through
 * enough young-generation collections to be promoted, and the garbage they left in the old generation
 * added 20–25 MB to the peak of a 100,000-entry load (128: about 0.1 s more CPU).
 */
const BATCH_ITEMS = 128;

/** A batch as it crosses to the reading side: its items as one string (batch-codec.ts). */
export interface Batch {
  items: string;
  bytes: number;
}

/** Yields batches of items while it parses; returns the kind's end result. */
export function* parseJob(request: ParseRequest): Generator<Batch, unknown> {
  let bytes = 0;
  const onBytes = (done: number): void => void (bytes = done);
  // Read as the import on one thread reads it: a glossary through textFileSource (legacy encodings read
  // whole), a TMX streamed (UTF-8 or UTF-16 with a BOM, any size).
  const source =
    request.kind === 'glossary'
      ? textFileSource(request.path, 'glossary', onBytes).text()
      : readTextChunks(request.path, onBytes);
  // Each item is encoded as soon as it is made, so the parsed objects die at once. Kept until their
  // batch was full, they held slices of the parser's text and were promoted with it: the worker's heap
  // peaked at 63 MB on a 100,000-entry TBX, against 32 MB this way.
  let items: string[] = [];
  const addEntry = (item: GlossaryItem): void => void items.push(glossaryCodec.encode(item));
  const addUnit = (item: TmxItem): void => void items.push(tmxCodec.encode(item));
  const join = codecFor(request.kind).join;
  const batchOf = (): Batch => {
    const batch = { items: join(items), bytes };
    items = [];
    return batch;
  };
  const full = (): Batch | undefined => (items.length < BATCH_ITEMS ? undefined : batchOf());
  let end: unknown;
  if (request.kind === 'glossary') {
    const collector = new EntryCollector(compactSeenIndex());
    const steps = parseGlossarySteps(source, request.path, request.format, collector);
    for (let r = steps.next(); ; r = steps.next()) {
      for (const { entry } of collector.entries.splice(0)) {
        addEntry([entry, entry.terms.map(termKeyOf)]);
      }
      const batch = full();
      if (batch) yield batch;
      if (r.done === true) {
        const result: GlossaryParseEnd = { format: r.value, rejected: collector.rejected };
        end = result;
        break;
      }
    }
  } else {
    const steps = streamTmxSteps(
      source,
      request.path,
      (u, line) => {
        addUnit([
          u.source,
          u.target,
          u.author ?? null,
          u.creationDate ?? null,
          tmKeysInto(u.source, []),
          line,
        ]);
      },
      (reason, line) => {
        addUnit([reason, line]);
      },
      { props: false },
    );
    while (steps.next().done !== true) {
      const batch = full();
      if (batch) yield batch;
    }
    end = {};
  }
  if (items.length > 0) yield batchOf();
  return end;
}
