import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/core/text/encoding';
import { AppError, type ErrorParams } from '../../../src/shared/errors';
import { readCorpus } from './corpus';
import { cpuTime } from './cpu-time';

const corpus = readCorpus();
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => [...p]));

function utf16(text: string, littleEndian: boolean): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 * i + (littleEndian ? 0 : 1)] = c & 0xff;
    out[2 * i + (littleEndian ? 1 : 0)] = c >> 8;
  }
  return out;
}

/** A Windows-1256 encoder: the inverse of the platform's decoder, so no hand-typed table can drift. */
const cp1256 = (() => {
  const decoded = new TextDecoder('windows-1256').decode(Uint8Array.from({ length: 256 }, (_, i) => i));
  const map = new Map<string, number>();
  for (let b = 255; b >= 0; b--) map.set(decoded.charAt(b), b);
  return (text: string): Uint8Array =>
    Uint8Array.from([...text], (ch) => {
      const b = map.get(ch);
      if (b === undefined) throw new Error(`not in Windows-1256: ${ch}`);
      return b;
    });
})();

/** How a legacy Persian keyboard wrote the text: Arabic ي (ى at word end) and Arabic ك. */
const legacyLetters = (text: string): string =>
  text
    .replace(/ی(?=[\s.،:؛]|$)/gm, 'ى')
    .replace(/ی/g, 'ي')
    .replace(/ک/g, 'ك');

function appError(run: () => unknown): { code: string; params: ErrorParams } {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { code, params } = error as AppError;
    return { code, params };
  }
  throw new Error('expected an AppError');
}

describe('decodeText: Unicode', () => {
  it.each(corpus)('reads corpus $name as UTF-8', ({ bytes, text }) => {
    expect(decodeText(bytes, 'a.txt')).toEqual({ text, encoding: 'utf-8', lettersNormalized: false });
  });

  it('removes a UTF-8 BOM', () => {
    const text = corpus[0]?.text ?? '';
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8(text)), 'a.txt')).toEqual({
      text,
      encoding: 'utf-8-bom',
      lettersNormalized: false,
    });
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', false],
  ] as const)('reads %s with a BOM (removed) and without one', (encoding, le) => {
    const bom = le ? [0xff, 0xfe] : [0xfe, 0xff];
    for (const text of [corpus[1]?.text ?? '', 'Plain English text.\r\nSecond line.', 'گفت: «می‌یابد» 3+3']) {
      expect(decodeText(concat(bom, utf16(text, le)), 'a.txt')).toEqual({
        text,
        encoding,
        lettersNormalized: false,
      });
      expect(decodeText(utf16(text, le), 'a.txt')).toEqual({ text, encoding, lettersNormalized: false });
    }
  });

  it('keeps a second U+FEFF after the BOM as content', () => {
    expect(decodeText(concat([0xef, 0xbb, 0xbf], utf8('\ufeffx')), 'a.txt').text).toBe('\ufeffx');
  });
});

describe('decodeText: Windows-1256', () => {
  const lines = corpus.flatMap((f) => f.text.split('\n')).filter((l) => l !== '' && !/[۰-۹]/.test(l));

  it('decodes legacy Persian and maps Arabic ي ى ك to Persian ی ک', () => {
    const original = [...lines.slice(0, 6), 'این روند می‌یابد و همکاری‌ها ادامه دارد.'].join('\r\n');
    const bytes = cp1256(legacyLetters(original));
    expect(new TextDecoder('windows-1256').decode(bytes)).not.toBe(original); // the fixture really is legacy
    expect(decodeText(bytes, 'old.txt')).toEqual({
      text: original,
      encoding: 'windows-1256',
      lettersNormalized: true,
    });
  });

  it('reports no normalisation when the file already used Persian ک and no ی', () => {
    const text = 'به گزارش خبرنگار کشور.';
    expect(decodeText(cp1256(text), 'old.txt')).toEqual({
      text,
      encoding: 'windows-1256',
      lettersNormalized: false,
    });
  });
});

describe('decodeText: errors', () => {
  it('rejects an empty file, and a BOM with nothing after it', () => {
    for (const bytes of [
      new Uint8Array(0),
      Uint8Array.from([0xef, 0xbb, 0xbf]),
      Uint8Array.from([0xff, 0xfe]),
    ]) {
      expect(appError(() => decodeText(bytes, 'e.txt'))).toEqual({
        code: 'file_empty',
        params: { file: 'e.txt' },
      });
    }
  });

  it('rejects binary files: PNG header, NULs in valid UTF-8, many control characters', () => {
    const png = Uint8Array.from([
      0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0,
      1, 0, 8, 6, 0, 0, 0, 0x1f, 0x15, 0xc4, 0x89,
    ]);
    const nulInUtf8 = utf8('abc\0\0\0def');
    const controls = utf8('text\u0001\u0002\u0003 with controls');
    const zerosButNotText = Uint8Array.from({ length: 200 }, (_, i) => (i % 2 === 1 ? 0 : i % 7)); // UTF-16-shaped, all controls
    for (const bytes of [png, nulInUtf8, controls, zerosButNotText]) {
      expect(appError(() => decodeText(bytes, 'x.png'))).toEqual({
        code: 'file_binary',
        params: { file: 'x.png' },
      });
    }
  });

  it('accepts a stray control character and a DOS end-of-file mark in text', () => {
    const text = `${corpus[0]?.text ?? ''}\u0007\u001a`;
    expect(decodeText(utf8(text), 'a.txt').text).toBe(text);
  });

  it('names the first bad line of invalid UTF-8 that is not Windows-1256 either (Latin-1)', () => {
    const latin1 = Uint8Array.from([...'Hello\r\nplain\rw\u00f6rld Caf\u00e9\n'].map((c) => c.charCodeAt(0)));
    expect(appError(() => decodeText(latin1, 'fr.txt'))).toEqual({
      code: 'file_undecodable',
      params: { file: 'fr.txt', line: 3 },
    });
  });

  it('names the line of a corrupt byte in a Persian UTF-8 file', () => {
    const lines = (corpus[0]?.text ?? '').split('\n');
    const bytes = concat(
      utf8(lines.slice(0, 4).join('\n') + '\n'),
      [0xc3, 0x28],
      utf8(lines.slice(4).join('\n')),
    );
    expect(appError(() => decodeText(bytes, 'fa.txt'))).toEqual({
      code: 'file_undecodable',
      params: { file: 'fa.txt', line: 5 },
    });
  });

  it('names the encoding and line when a BOM promises more than the bytes keep', () => {
    const badUtf8 = concat([0xef, 0xbb, 0xbf], utf8('ok\nok\n'), [0xe2, 0x82]);
    expect(appError(() => decodeText(badUtf8, 'b.txt'))).toEqual({
      code: 'file_undecodable',
      params: { file: 'b.txt', encoding: 'utf-8', line: 3 },
    });
    const loneSurrogate = concat([0xff, 0xfe], utf16('a\r\nb\n', true), [0x00, 0xd8, 0x41, 0x00]);
    expect(appError(() => decodeText(loneSurrogate, 'c.txt'))).toEqual({
      code: 'file_undecodable',
      params: { file: 'c.txt', encoding: 'utf-16le', line: 3 },
    });
    const oddLength = concat([0xfe, 0xff], utf16('a\nb', false), [0x00]);
    expect(appError(() => decodeText(oddLength, 'd.txt'))).toEqual({
      code: 'file_undecodable',
      params: { file: 'd.txt', encoding: 'utf-16be', line: 2 },
    });
  });

  it('names UTF-32 instead of decoding it as UTF-16', () => {
    expect(appError(() => decodeText(Uint8Array.from([0xff, 0xfe, 0, 0, 0x41, 0, 0, 0]), 'u.txt'))).toEqual({
      code: 'file_undecodable',
      params: { file: 'u.txt', encoding: 'utf-32' },
    });
  });
});

describe('decodeText on a 20 MB single line', () => {
  const SIZE = 20 * 1024 * 1024;
  function repeatTo(unit: Uint8Array, size: number): Uint8Array {
    const out = new Uint8Array(size - (size % unit.length));
    out.set(unit);
    for (let filled = unit.length; filled < out.length; filled *= 2)
      out.copyWithin(filled, 0, Math.min(filled, out.length - filled));
    return out;
  }
  const sentence = (corpus[0]?.text.split('\n')[0] ?? '') + ' ';

  it('decodes UTF-8 in linear time', () => {
    const bytes = repeatTo(utf8(sentence), SIZE);
    const { result, ms } = cpuTime(() => decodeText(bytes, 'big.txt'));
    expect(result.encoding).toBe('utf-8');
    expect(result.text.startsWith(sentence + sentence)).toBe(true);
    expect(result.text.includes('\n')).toBe(false);
    expect(ms).toBeLessThan(1000);
  });

  it('decodes and normalises Windows-1256 in linear time', () => {
    const bytes = repeatTo(cp1256(legacyLetters(sentence)), SIZE);
    const { result, ms } = cpuTime(() => decodeText(bytes, 'big.txt'));
    expect(result.encoding).toBe('windows-1256');
    expect(result.lettersNormalized).toBe(true);
    expect(result.text.startsWith(sentence + sentence)).toBe(true);
    expect(ms).toBeLessThan(1000);
  });

  it('finds an invalid byte at the very end in linear time', () => {
    const bytes = repeatTo(utf8('plain ascii text '), SIZE);
    bytes[bytes.length - 1] = 0xe9;
    const { result, ms } = cpuTime(() => appError(() => decodeText(bytes, 'big.txt')));
    expect(result).toEqual({ code: 'file_undecodable', params: { file: 'big.txt', line: 1 } });
    expect(ms).toBeLessThan(1000);
  });
});
