/**
 * When is a target not a translation? Other tools fill untranslated targets with a copy of the source
 * (OmegaT's XLIFF filter does, for every segment), and some memories carry the Persian twice. Stored as
 * English, such a copy shows a document as drafted when nothing was translated. One rule for every
 * reader and import path:
 *
 * - empty: nothing visible in the target (spaces, ZWNJ and bidi marks alone count as empty);
 * - copies_source: the target equals the source after normalisation (Arabic/Persian letter variants,
 *   ZWNJ and spacing folded, as in term matching) — but only when the source has Arabic-script letters:
 *   a source such as "IAEA" or "2024" is correctly translated by itself;
 * - arabic_script: most letters of the target are Arabic script (a Persian "translation"); a Latin
 *   sentence quoting a Persian name is still English.
 */
import { termKey } from './normalize';
import { hasVisibleText } from './visible';

export type UntranslatedReason = 'empty' | 'copies_source' | 'arabic_script';

const ARABIC_LETTER = /[\p{Script=Arabic}]/u;
const LETTERS = /\p{L}/gu;

/** Why `target` is not a translation of `source`, or undefined when it is one. */
export function untranslatedReason(source: string, target: string): UntranslatedReason | undefined {
  if (!hasVisibleText(target)) return 'empty';
  // Cheap exit for the usual case: an English target has no Arabic-script letter at all. Every Arabic-script
  // character is at U+0600 or above, so a target below that needs no regex (a memory import asks per unit).
  if (!hasCodeFrom(target, 0x600) || !ARABIC_LETTER.test(target)) return undefined;
  if (ARABIC_LETTER.test(source) && termKey(source.trim()) === termKey(target.trim())) return 'copies_source';
  let arabic = 0;
  let other = 0;
  for (const [letter] of target.matchAll(LETTERS)) {
    if (ARABIC_LETTER.test(letter)) arabic++;
    else other++;
  }
  return arabic > other ? 'arabic_script' : undefined;
}

function hasCodeFrom(text: string, min: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= min) return true;
  return false;
}

export function isUntranslated(source: string, target: string): boolean {
  return untranslatedReason(source, target) !== undefined;
}
