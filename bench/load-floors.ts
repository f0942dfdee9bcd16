/**
 * What a load cannot go below (issue 14.2), measured in this process on the same files as
 * bench/load-peers.ts, so the peer's time can be set beside the parts of ours that no parser can remove:
 * - `writeCpuMs`: the write side alone. The file is parsed first (the parse worker's job, run here) and
 *   its items are handed to the real import (`glossary.importSource` / `tm.importTmx` with `parsed`, as
 *   the worker hands them over) into a fresh database file: bulk INSERTs, keys, index builds, commit.
 * - `xmlWalkCpuMs`: the least any XML tokenizer in JavaScript must do: find every `<` and `>` of the
 *   decoded text with indexOf, no names, no checks, no tree (chunk by chunk, as the loads read).
 * - `decodeCpuMs`: reading the file and decoding its UTF-8 in chunks, as the loads do.
 * Medians of `runs`.
 */
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import { createApi } from '../src/server/create-api';
import { parseJob } from '../src/server/parse-worker/parse-jobs';
import type { ParsedBatch } from '../src/server/parse-worker/parse-in-worker';
import type {
  GlossaryItem,
  GlossaryParseEnd,
  ParseRequest,
  TmxItem,
  TmxParseEnd,
} from '../src/server/parse-worker/protocol';
import { codecFor } from '../src/server/parse-worker/batch-codec';
import { readTextChunks } from '../src/server/text-chunks';
import { cpuMs, drain, roundedMedian, scratchDir } from './common';

/** The file's items as the worker would post them, decoded back into objects (the strings die here). */
function parsedItems<Item, End>(request: ParseRequest): { batches: ParsedBatch<Item>[]; end: End } {
  const job = parseJob(request);
  const batches: ParsedBatch<Item>[] = [];
  for (;;) {
    const r = job.next();
    if (r.done === true) return { batches, end: r.value as End };
    batches.push({ items: codecFor(request.kind).decode(r.value.items) as Item[] });
  }
}

async function* replay<Item, End>(parsed: { batches: ParsedBatch<Item>[]; end: End }) {
  for (const batch of parsed.batches) yield batch;
  return parsed.end;
}

/** CPU ms of an async run (the import awaits between batches; nothing else runs in this process). */
async function asyncCpuMs(run: () => Promise<unknown>): Promise<number> {
  const before = process.cpuUsage();
  await run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

function xmlWalk(text: string): number {
  let tags = 0;
  for (let p = 0; ;) {
    const lt = text.indexOf('<', p);
    if (lt === -1) return tags;
    p = text.indexOf('>', lt) + 1;
    tags++;
    if (p === 0) return tags;
  }
}

export interface LoadFloor {
  writeCpuMs: number;
  xmlWalkCpuMs: number;
  decodeCpuMs: number;
}

export async function loadFloors(
  files: { tbx: string; tmx: string },
  runs = 3,
): Promise<Record<'tbx' | 'tmx', LoadFloor>> {
  const dir = scratchDir('barabar-floors-');
  const out = {} as Record<'tbx' | 'tmx', LoadFloor>;
  for (const kind of ['tbx', 'tmx'] as const) {
    const path = files[kind];
    const write: number[] = [];
    const walk: number[] = [];
    const decode: number[] = [];
    for (let r = 0; r < runs; r++) {
      decode.push(cpuMs(() => drain(readTextChunks(path))));
      walk.push(
        cpuMs(() => {
          for (const chunk of readTextChunks(path)) xmlWalk(chunk);
        }) - (decode.at(-1) ?? 0),
      );
      const db = join(dir, `${kind}-${r}.sqlite`);
      const api = createApi({ dbPath: db });
      try {
        if (kind === 'tbx') {
          const parsed = parsedItems<GlossaryItem, GlossaryParseEnd>({
            kind: 'glossary',
            path,
            format: 'tbx',
          });
          write.push(
            await asyncCpuMs(() =>
              api.services.glossary.importSource(() => '', path, 'tbx', undefined, {
                oneTransaction: true,
                parsed: () => replay(parsed),
              }),
            ),
          );
        } else {
          const parsed = parsedItems<TmxItem, TmxParseEnd>({ kind: 'tmx', path });
          write.push(
            await asyncCpuMs(() =>
              api.services.tm.importTmx('', path, 'floor', { parsed: () => replay(parsed) }),
            ),
          );
        }
      } finally {
        api.close();
        for (const suffix of ['', '-wal', '-shm']) rmSync(`${db}${suffix}`, { force: true });
      }
    }
    out[kind] = {
      writeCpuMs: roundedMedian(write),
      xmlWalkCpuMs: roundedMedian(walk),
      decodeCpuMs: roundedMedian(decode),
    };
  }
  return out;
}
