/**
 * The glossary parse over a file's text in chunks (issue 14.2: the CLI reads from disk while it parses):
 * every format gives exactly what it gives for the whole string, wherever the chunks are cut — inside a
 * line, between the CR and LF of one line break, inside an XML tag — and the format is still detected
 * from the file's start.
 */
import { describe, expect, it } from 'vitest';
import { EntryCollector, parseGlossarySteps, writeGlossary } from '../../../../src/core/formats/glossary';
import type { EntryInput, GlossaryFormat } from '../../../../src/shared/model';

function parse(input: string | string[], file: string, format?: GlossaryFormat) {
  const collector = new EntryCollector();
  const steps = parseGlossarySteps(input, file, format, collector);
  for (;;) {
    const r = steps.next();
    if (r.done === true) return { format: r.value, entries: collector.entries, rejected: collector.rejected };
  }
}

/** The text cut every `size` characters. */
const cut = (text: string, size: number): string[] => {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  return chunks;
};

const entries: EntryInput[] = Array.from({ length: 40 }, (_, i) => ({
  subject: 'general',
  note: i % 3 === 0 ? `note ${i}` : undefined,
  terms: [
    { lang: 'fa', text: `واژهٔ شمارهٔ ${i}`, status: 'preferred' },
    { lang: 'en', text: `term ${i}`, status: 'preferred' },
  ],
}));
const options = { createdAt: new Date(0), tool: 'test' };

describe('glossary parse over chunks', () => {
  it.each(['tsv', 'csv', 'tbx', 'tbx-basic'] as const)(
    '%s: the same entries, rejections and format from chunks of any size as from the whole text',
    (format) => {
      const text = [...writeGlossary(entries, format, options)].join('');
      const whole = parse(text, `g.${format === 'tbx-basic' ? 'tbx' : format}`);
      expect(whole.entries).toHaveLength(40);
      for (const size of [1, 7, 64, 1000]) {
        expect(parse(cut(text, size), `g.${format === 'tbx-basic' ? 'tbx' : format}`)).toEqual(whole);
      }
    },
  );

  it('keeps CRLF line numbers when a chunk ends between the CR and the LF, and drops a BOM', () => {
    const text = '\ufeffسلام\thello\r\nخداحافظ\tgoodbye\r\n\r\nباران\train\r\n';
    const chunks = ['\ufeffسلام\thello\r', '\nخداحافظ\tgoodbye\r', '\n\r', '\nباران\tra', 'in\r\n'];
    const whole = parse(text, 'g.txt');
    expect(whole.entries.map((e) => e.where)).toEqual(['line 1', 'line 2', 'line 4']);
    expect(whole.entries[0]?.entry.terms[0]?.text).toBe('سلام');
    expect(parse(chunks, 'g.txt')).toEqual(whole);
  });

  it('tells a lone CR line break at a chunk end from a CRLF', () => {
    const whole = parse('سلام\thello\rباران\train\r\nبرف\tsnow', 'g.txt');
    expect(whole.entries.map((e) => e.where)).toEqual(['line 1', 'line 2', 'line 3']);
    expect(parse(['سلام\thello\r', 'باران\train\r', '\nبرف\tsnow'], 'g.txt')).toEqual(whole);
  });

  it('detects the format from a start that comes in small chunks', () => {
    const tbx = [...writeGlossary(entries, 'tbx-basic', options)].join('');
    // No extension to go by: the root element decides, though it arrives 5 characters at a time.
    expect(parse(cut(tbx, 5), 'glossary').format).toBe('tbx-basic');
  });
});
