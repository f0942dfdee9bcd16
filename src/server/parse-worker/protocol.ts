/**
 * The parse worker's messages (issue 14.2). A bulk load on the command line reads and parses its file on
 * a second thread while the first one writes to SQLite; what crosses is one string per batch of parsed
 * items (batch-codec.ts; a string is copied as one block, where a structured clone of the same objects
 * walks them one by one), and an acknowledgement back per batch taken.
 */
import type { EntryInput, GlossaryFormat, ImportRowReport, ImportSkipReason } from '../../shared/model';
import type { SerializedError } from '../../shared/errors';

/** What the worker reads (its workerData). */
export type ParseRequest =
  { kind: 'glossary'; path: string; format: GlossaryFormat | undefined } | { kind: 'tmx'; path: string };

/** A glossary entry that passed the file's checks, with its terms' match keys. */
export type GlossaryItem = [entry: EntryInput, termKeys: string[]];
export interface GlossaryParseEnd {
  format: string;
  rejected: ImportRowReport[];
}

/** A TMX unit with its source's word keys and its line, or a unit left out and why. */
export type TmxItem =
  | [source: string, target: string, author: string | null, date: string | null, keys: string[], line: number]
  | [reason: ImportSkipReason, line: number];
export type TmxParseEnd = Record<string, never>;

export type WorkerMessage =
  /** `items`: the batch's items as batch-codec.ts encodes them; `bytes`: how far into the file the reader is. */
  | { t: 'batch'; items: string; bytes: number }
  | { t: 'end'; json: string }
  | { t: 'error'; error: SerializedError }
  /** The file stopped being UTF-8 after its start (text-file-source.ts NotUtf8). */
  | { t: 'not-utf8' }
  | { t: 'failed'; message: string };

/** Sent by the reading side for each batch it takes. */
export const ACK = 'ack';

/**
 * Batches the worker may send ahead of the writer. Enough to keep both threads busy; few, because every
 * batch waiting is memory (a load must stay within twice its file's size).
 */
export const BATCHES_AHEAD = 3;
