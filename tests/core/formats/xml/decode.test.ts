import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import { decodeXmlBytes } from '../../../../src/core/formats/xml/decode';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const utf16 = (s: string, le: boolean, bom: boolean): Uint8Array => {
  const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
  const units = (bom ? '\ufeff' : '') + s;
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[i * 2 + (le ? 0 : 1)] = c & 0xff;
    out[i * 2 + (le ? 1 : 0)] = c >> 8;
  }
  return out;
};
// «سلام» in Windows-1256.
const salamCp1256 = [0xd3, 0xe1, 0xc7, 0xe3];

function errorOf(bytes: Uint8Array): AppError {
  try {
    decodeXmlBytes(bytes, 'in.xml');
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected an error');
}

describe('decodeXmlBytes', () => {
  const doc = '<?xml version="1.0"?><seg>سلام</seg>';

  it('decodes UTF-8 with and without BOM', () => {
    expect(decodeXmlBytes(enc(doc), 'f')).toBe(doc);
    expect(decodeXmlBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...enc(doc)]), 'f')).toBe(doc);
  });

  it('decodes UTF-16 in both byte orders, with or without BOM', () => {
    for (const le of [true, false])
      for (const bom of [true, false]) expect(decodeXmlBytes(utf16(doc, le, bom), 'f')).toBe(doc);
  });

  it('follows a legacy encoding declaration', () => {
    const bytes = new Uint8Array([
      ...enc('<?xml version="1.0" encoding="windows-1256"?>\n<seg>'),
      ...salamCp1256,
      ...enc('</seg>'),
    ]);
    expect(decodeXmlBytes(bytes, 'f')).toBe('<?xml version="1.0" encoding="windows-1256"?>\n<seg>سلام</seg>');
  });

  it('reports the line when bytes are not the declared UTF-8', () => {
    const bytes = new Uint8Array([
      ...enc('<?xml version="1.0" encoding="UTF-8"?>\n<a>\n<seg>'),
      ...salamCp1256,
      ...enc('</seg></a>'),
    ]);
    const err = errorOf(bytes);
    expect(err.code).toBe('file_undecodable');
    expect(err.params).toMatchObject({ file: 'in.xml', encoding: 'utf-8', line: 3 });
  });

  it('rejects a legacy declaration on UTF-8 bytes instead of garbling them', () => {
    const err = errorOf(enc('<?xml version="1.0" encoding="ISO-8859-1"?>\n<seg>\nسلام</seg>'));
    expect(err.code).toBe('parse');
    expect(err.params).toMatchObject({
      line: 3,
      reason: 'the XML declaration says iso-8859-1 but the file is UTF-8',
    });
  });

  it('rejects an unknown or impossible declaration on line 1', () => {
    expect(errorOf(enc('<?xml version="1.0" encoding="klingon"?><a/>')).params).toMatchObject({
      line: 1,
      reason: 'unknown encoding "klingon" in the XML declaration',
    });
    expect(errorOf(enc('<?xml version="1.0" encoding="UTF-16"?><a/>')).params.reason).toMatch(
      /UTF-16 byte order/,
    );
  });
});
