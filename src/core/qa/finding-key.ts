/**
 * Stable fingerprint of a finding, for "not an error" decisions: check + document + segment index +
 * normalised offending text + a hash of the source. It survives re-runs and target edits that keep the
 * offending text, and resets when the source sentence changes. The document is keyed by name, not id, so a
 * removed and re-imported report keeps its decisions (names are unique among imported documents).
 * Hashes keep the key short (the API accepts 200 characters) whatever the text length.
 */
import type { QaFinding, QaSegment } from './types';

/** cyrb53: a fast 53-bit string hash, plenty against accidental collisions within one corpus. */
function hash53(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

function normalizeText(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

export function findingKey(f: QaFinding, seg: QaSegment): string {
  return [
    f.check,
    hash53(seg.document),
    String(seg.index),
    hash53(normalizeText(f.text)),
    hash53(seg.source),
  ].join(':');
}
