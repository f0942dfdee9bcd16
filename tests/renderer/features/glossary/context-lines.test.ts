import { describe, expect, it } from 'vitest';
import { formatContextLines, parseContextLines } from '../../../../src/renderer/src/features/glossary/context-lines';

describe('context lines of the entry editor', () => {
  it('round-trips the termbase notation, skipping blank lines', () => {
    const contexts = [
      { fa: 'توافق‌نامه برجام', en: 'the JCPOA' },
      { fa: 'ذیل برجام', en: 'under the JCPOA' },
    ];
    expect(parseContextLines(`${formatContextLines(contexts)}\n\n`)).toEqual({ contexts });
  });

  it('names the first bad line', () => {
    expect(parseContextLines('ذیل برجام => under the JCPOA\nthe JCPOA')).toEqual({ line: 2, reason: 'Persian phrase => English' });
    expect(parseContextLines('the JCPOA => برجام')).toMatchObject({ line: 1 });
  });
});
