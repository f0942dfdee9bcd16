/**
 * The TBX entry id carries the termbase key. TBX's id attribute is where a concept identifier belongs,
 * but it must be an XML NCName, and keys contain "/" ("rank/sarlashkar"). So keys are written as
 * "k-" + key with "_" → "_5f" and "/" → "_2f"; every "_" in the id then starts an escape, which makes the
 * encoding reversible. Entries without a key get "e<database id>" or "n<position>", which never start
 * with "k-" and so never turn into keys on re-import.
 */
import { KEY_PATTERN } from './values';

export function encodeKeyId(key: string): string {
  return `k-${key.replace(/[_/]/g, (c) => (c === '_' ? '_5f' : '_2f'))}`;
}

export function decodeKeyId(id: string): string | undefined {
  if (!id.startsWith('k-')) return undefined;
  const key = id.slice(2).replace(/_(5f|2f)/gi, (_, hex: string) => (hex.toLowerCase() === '5f' ? '_' : '/'));
  return KEY_PATTERN.test(key) ? key : undefined;
}
