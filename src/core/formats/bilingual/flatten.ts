/**
 * Inline markup → plain text. Elements that wrap translatable text (XLIFF pc/mrk/g/mrk, TMX hi) keep it;
 * elements that hold native codes (TMX and XLIFF 1.2 bpt/ept/ph/it/ut) are dropped, because their content
 * is the original format's markup ("<b>"), not words. XLIFF 2 `cp` stands for a character XML cannot carry.
 * Walked without recursion: a hostile `<seg>` may nest `<hi>` thousands deep.
 */
import { isElement, walk } from '../xml/read';
import type { XmlElement, XmlNode } from '../xml/read';

const CODE_ELEMENTS = new Set(['bpt', 'ept', 'ph', 'it', 'ut', 'bx', 'ex', 'x']);

export function flattenInline(el: XmlElement): string {
  // Most segments are one run of text (consecutive text pieces are one node): no walk, no closures.
  const { children } = el;
  if (children.length === 0) return '';
  if (children.length === 1) {
    const only = children[0] as XmlNode;
    if (!isElement(only)) return only.text;
  }
  let out = '';
  walk(
    el,
    (text) => {
      out += text;
    },
    (child) => {
      if (child.local === 'cp') {
        out += codePoint(child.attrs.hex);
        return false;
      }
      return !CODE_ELEMENTS.has(child.local);
    },
  );
  return out;
}

function codePoint(hex: string | undefined): string {
  const n = hex === undefined ? NaN : parseInt(hex, 16);
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : '';
}
