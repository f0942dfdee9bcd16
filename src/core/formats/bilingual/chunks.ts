/**
 * Exports are generators of string chunks. Yielding one tiny string per element makes the consumer (a
 * write stream, an HTTP response) pay per-call overhead 100,000 times; batching into ~64 KB chunks keeps
 * memory flat and the stream fast.
 */
const CHUNK = 64 * 1024;

export function* chunked(parts: Iterable<string>): Generator<string, void, undefined> {
  let buf = '';
  for (const part of parts) {
    buf += part;
    if (buf.length >= CHUNK) {
      yield buf;
      buf = '';
    }
  }
  if (buf !== '') yield buf;
}

/** Groups consecutive segments that share a paragraph number, without reading ahead more than one paragraph. */
export function* byParagraph<T extends { paragraph: number }>(
  items: Iterable<T>,
): Generator<T[], void, undefined> {
  let group: T[] = [];
  for (const item of items) {
    const last = group[group.length - 1];
    if (last !== undefined && last.paragraph !== item.paragraph) {
      yield group;
      group = [];
    }
    group.push(item);
  }
  if (group.length > 0) yield group;
}
