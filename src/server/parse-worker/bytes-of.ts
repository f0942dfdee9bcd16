import type { ParsedBatch } from './parse-in-worker';

/** The batches as they are, telling `onBytes` how far into the file each one was read (read progress). */
export async function* bytesOf<Item, End>(
  batches: AsyncGenerator<ParsedBatch<Item>, End>,
  onBytes: (done: number) => void,
): AsyncGenerator<ParsedBatch<Item>, End> {
  try {
    for (;;) {
      const next = await batches.next();
      if (next.done === true) return next.value;
      onBytes(next.value.bytes);
      yield next.value;
    }
  } finally {
    await batches.return(undefined as never);
  }
}
