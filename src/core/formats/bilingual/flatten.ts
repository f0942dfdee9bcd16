/**
 * Inline markup → plain text. Elements that wrap translatable text (XLIFF pc/mrk/g/mrk, TMX hi) keep it;
 * elements that hold native codes (TMX and XLIFF 1.2 bpt/ept/ph/it/ut) are dropped, because their content
 * is the original format's markup ("<b>"), not words. XLIFF 2 `cp` stands for a character XML cannot carry.
 */
import { isElement } from '../xml/read';
import type { XmlElement } from '../xml/read';

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'bx', 'ex', 'x']);

export function flattenInline(el: XmlElement): string {
  let out = '';
  for (const child of el.children) {
    if (!isElement(child)) out += child.text;
    else if (child.local === 'cp') out += codePoint(child.attrs.hex);
    else if (!CODE_ELEMENTS.has(child.local)) out += flattenInline(child);
  }
  return out;
}

function codePoint(hex: string | undefined): string {
  const n = hex === undefined ? NaN : parseInt(hex, 16);
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}
