/**
 * TMX into a new reference memory, all or nothing, at a million units: the file arrives as text chunks
 * (read while parsed, never whole), every unit goes through one set of prepared statements inside one
 * immediate transaction, and a malformed unit anywhere (even the last of a 200 MB file), a cancel or a
 * file without one Persian–English pair rolls the whole import back. The parse pauses every 64k
 * characters; there the import passes a time-sliced checkpoint, so progress goes out and a cancel from
 * the door (or Ctrl+C in the CLI) stops it within a slice instead of after the last unit.
 */
import { streamTmxSteps } from '../../core/formats/bilingual';
import { countSkip } from '../../core/formats/bilingual/skipped';
import { tmKeysInto } from '../../core/tm';
import { AppError } from '../../shared/errors';
import type { ImportSkipped, ImportSkipReason } from '../../shared/model';
import type { JobProgress } from '../../shared/jobs';
import type { Db } from '../db/open';
import { enlargePageCache } from '../db/cache-size';
import { writeOrPreviewAsync } from '../db/preview';
import { inRollbackJournal } from '../db/rollback-journal';
import { checkpoint, quietCall, timeSliced, type JobCall } from '../jobs/job-call';
import type { TmMemoriesRepo } from '../db/repos/tm-memories-repo';
import { takeBatches, type ParsedBatch } from '../parse-worker/parse-in-worker';
import type { TmxItem, TmxParseEnd } from '../parse-worker/protocol';
import type { TmStore } from './tm-store';

export interface TmImportOptions {
  /** Runs the import and rolls it back: what would be imported, nothing written. */
  dryRun?: boolean | undefined;
  /** Progress and cancel: an abort rolls back everything (AppError 'cancelled'). */
  call?: JobCall | undefined;
  /** What to report at a checkpoint, given the units imported so far (default: units, open-ended). */
  progress?: ((units: number) => JobProgress) | undefined;
  /** Size of the file in bytes when known (the page cache is sized by it); a string input has its own. */
  fileBytes?: number | undefined;
  /**
   * The same file parsed on another thread (parse-worker/): its units, with their source's word keys,
   * arrive in batches while this thread writes the ones before; `xml` is then not read.
   */
  parsed?: (() => AsyncGenerator<ParsedBatch<TmxItem>, TmxParseEnd>) | undefined;
}

export interface TmImportResult {
  name: string;
  units: number;
  /** Units left out: the reader's reasons, plus repeats of a unit already read (`duplicate`). */
  skipped: number;
  skippedBy: ImportSkipped;
  duplicates: number;
}

/**
 * Page cache while an import runs, in KiB: a sixteenth of the file, between 4 and 64 MiB (64 MiB is what
 * every connection has anyway). Units are appended, so what the cache must hold is the hash index (18 MB
 * at a million units) and the concordance index's pending pages. Measured at a million units
 * (SQLite's share alone), 16, 64 and 256 MiB cost the same CPU within the noise (19–23 s), while 256 MiB
 * added 200 MB of peak memory; at 100,000 units a 64 MiB cache held the whole new database (45 MB) in
 * memory for nothing, a third of the import's peak; a sixteenth rather than an eighth keeps the 100k-unit
 * load within twice its file (97–99 MB against 100–102 MB for a 49 MiB file).
 */
function importCacheKib(fileBytes: number | undefined): number {
  const kib = Math.round((fileBytes ?? 0) / 16 / 1024);
  return Math.min(64 * 1024, Math.max(4 * 1024, kib));
}

type ImportDeps = { store: TmStore; memories: TmMemoriesRepo; at: string };
type ImportInput = { xml: string | Iterable<string>; file: string; name: string };

export function importTmxUnits(
  db: Db,
  deps: ImportDeps,
  input: ImportInput,
  opts: TmImportOptions = {},
): Promise<TmImportResult> {
  const run = (): Promise<TmImportResult> => importUnits(db, deps, input, opts);
  // Appended pages written once, into the file (rollback-journal.ts), when no one else has it open.
  return opts.dryRun === true ? run() : inRollbackJournal(db, run);
}

async function importUnits(
  db: Db,
  deps: ImportDeps,
  input: ImportInput,
  opts: TmImportOptions,
): Promise<TmImportResult> {
  const { store, memories, at } = deps;
  const { file, name } = input;
  let units = 0;
  let duplicates = 0;
  let firstLine = 0;
  const skippedBy: ImportSkipped = {};
  const call = opts.call ?? quietCall();
  const progress = (): JobProgress => opts.progress?.(units) ?? { done: units, total: 0, phase: 'write' };
  const tick = timeSliced(call);
  const fileBytes = typeof input.xml === 'string' ? input.xml.length * 2 : opts.fileBytes;
  const restoreCache = enlargePageCache(db, importCacheKib(fileBytes));
  // The fuzzy index would grow unit by unit during the import; it is rebuilt in one pass on the next
  // lookup instead (and must be after a rollback anyway).
  store.reset();
  try {
    await writeOrPreviewAsync(db, opts.dryRun === true, async () => {
      const memoryId = memories.create(name, file, at);
      const add = store.bulkAdder(memoryId);
      const onUnit: UnitSink = (source, target, author, date, keys, line) => {
        if (firstLine === 0) firstLine = line;
        if (add.add(source, target, author, date, keys)) units++;
        else duplicates++;
      };
      const onSkip = (reason: ImportSkipReason, line: number): void => {
        if (firstLine === 0) firstLine = line;
        countSkip(skippedBy, reason);
      };
      await checkpoint(call, progress());
      if (opts.parsed !== undefined) {
        await takeParsed(opts.parsed(), { onUnit, onSkip, at }, () => tick(progress));
      } else {
        const keys: string[] = [];
        const steps = streamTmxSteps(
          input.xml,
          file,
          (u, line) =>
            onUnit(
              u.source,
              u.target,
              u.author ?? '',
              u.creationDate ?? at,
              tmKeysInto(u.source, keys),
              line,
            ),
          onSkip,
          // A memory keeps no props: they are checked, not read.
          { props: false },
        );
        while (steps.next().done !== true) await tick(progress);
      }
      add.finish();
      // The last chance to cancel: after this the transaction commits.
      await checkpoint(call, progress());
      if (units === 0)
        throw new AppError('parse', {
          file,
          line: firstLine || 1,
          reason: 'no unit has both Persian and English text',
        });
    });
  } finally {
    restoreCache();
    // Word numbers learnt inside a rolled-back transaction are gone.
    store.reset();
  }
  call.progress(progress());
  let skipped = duplicates;
  for (const n of Object.values(skippedBy)) skipped += n ?? 0;
  return { name, units, skipped, skippedBy, duplicates };
}

/** Where a unit read from the file goes: its fields, its source's word keys, and its line. */
type UnitSink = (
  source: string,
  target: string,
  author: string,
  date: string,
  keys: string[],
  line: number,
) => void;

/** The units a parse worker read, handed to the import's callbacks batch by batch, with a pause between. */
async function takeParsed(
  batches: AsyncGenerator<ParsedBatch<TmxItem>, TmxParseEnd>,
  take: { onUnit: UnitSink; onSkip: (reason: ImportSkipReason, line: number) => void; at: string },
  pause: () => Promise<void>,
): Promise<void> {
  const each = (items: TmxItem[]): void => {
    for (const item of items) {
      if (item.length === 2) take.onSkip(item[0], item[1]);
      else take.onUnit(item[0], item[1], item[2] ?? '', item[3] ?? take.at, item[4], item[5]);
    }
  };
  await takeBatches(batches, each, pause);
}
