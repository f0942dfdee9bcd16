/** A large file read in decoded pieces: a file that is not UTF-8 is refused, naming the line it breaks on. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTextChunks } from '../../src/server/text-chunks';
import { AppError } from '../../src/shared/errors';
import { useTempDir } from '../helpers/temp';

const tempDir = useTempDir();

function refusal(bytes: Buffer): AppError {
  const file = join(tempDir(), 'memory.tmx');
  writeFileSync(file, bytes);
  try {
    for (const piece of readTextChunks(file)) void piece;
  } catch (err) {
    if (err instanceof AppError) return err;
    throw err;
  }
  throw new Error('the file was read');
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('readTextChunks on a file that is not UTF-8', () => {
  it('names the line of the first bad byte', () => {
    const err = refusal(
      Buffer.concat([
        utf8('<tmx>\n<body>\n<seg>وزیر</seg>\n<seg>caf'),
        Buffer.from([0xe9]),
        utf8('</seg>\n'),
      ]),
    );
    expect(err.code).toBe('file_undecodable');
    expect(err.params).toMatchObject({ encoding: 'utf-8', line: 4 });
  });

  it('counts the lines of the pieces before, past the first megabyte', () => {
    // 30,000 lines of Persian (over 1 MB), then a Latin-1 byte on the next line.
    const before = utf8('<seg>خبرگزاری ایرنا گزارش داد</seg>\n'.repeat(30_000));
    expect(before.length).toBeGreaterThan(1024 * 1024);
    const err = refusal(Buffer.concat([before, utf8('<seg>'), Buffer.from([0xff]), utf8('</seg>\n')]));
    expect(err.params).toMatchObject({ line: 30_001 });
  });

  it('names the last line when the file ends inside a character', () => {
    const whole = utf8('<a>\nایران');
    const err = refusal(whole.subarray(0, whole.length - 1));
    expect(err.params).toMatchObject({ encoding: 'utf-8', line: 2 });
  });
});
