import { describe, expect, it } from 'vitest';
import { escapeXmlAttr, escapeXmlText, stripInvalidXmlChars } from '../../../../src/core/formats/xml/escape';
import { parseXml, textOf } from '../../../../src/core/formats/xml/read';

const nasty = 'a < b && c > d "q" \'s\' ]]> tab\there\r\nline «۳+۳» \u0001\u0008\u000b\ufffe\ud800 😀 end';
const legal = 'a < b && c > d "q" \'s\' ]]> tab\there\r\nline «۳+۳»  😀 end';

describe('escape', () => {
  it('returns plain text unchanged', () => {
    expect(escapeXmlText('رئیس‌جمهور گفت')).toBe('رئیس‌جمهور گفت');
    expect(escapeXmlAttr('fa-IR')).toBe('fa-IR');
  });

  it('strips characters XML 1.0 cannot carry but keeps astral characters', () => {
    expect(stripInvalidXmlChars(nasty)).toBe(legal);
  });

  it('text round-trips through a parser, CR included', () => {
    const root = parseXml(`<seg>${escapeXmlText(nasty)}</seg>`, 'f.xml');
    expect(textOf(root)).toBe(legal);
  });

  it('attribute values round-trip in both quote styles, tabs and newlines included', () => {
    const value = escapeXmlAttr(nasty);
    expect(parseXml(`<p v="${value}"/>`, 'f.xml').attrs.v).toBe(legal);
    expect(parseXml(`<p v='${value}'/>`, 'f.xml').attrs.v).toBe(legal);
  });
});
