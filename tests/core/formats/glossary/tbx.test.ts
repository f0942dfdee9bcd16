import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseGlossary, writeGlossary } from '../../../../src/core/formats/glossary';
import type { AppError } from '../../../../src/shared/errors';
import type { EntryInput } from '../../../../src/shared/model';
import { XMLLINT, xmllint } from '../../../helpers/xmllint';
import { SAMPLE, STORED } from './sample-entries';

const fixture = (name: string): string => readFileSync(new URL(`../../../fixtures/glossary/${name}`, import.meta.url), 'utf8');
const opts = { createdAt: new Date('2025-04-01T12:00:00Z'), tool: 'Barabar <test> & co' };
const tbx = (entries: Iterable<EntryInput>, format: 'tbx' | 'tbx-basic' = 'tbx'): string =>
  [...writeGlossary(entries, format, opts)].join('');
const parse = (text: string) => parseGlossary(text, 'g.tbx', 'tbx');
const thrown = (f: () => unknown): AppError => {
  try {
    f();
  } catch (err) {
    return err as AppError;
  }
  throw new Error('expected an error');
};

/** The shared helper knows the v2 DTD; TBX v3 is RELAX NG, which xmllint also validates. */
function relaxng(xml: string): { ok: boolean; errors: string } {
  const rng = fileURLToPath(new URL('../../../schemas/tbx/TBXcoreStructV03.rng', import.meta.url));
  const run = spawnSync(XMLLINT, ['--noout', '--nonet', '--relaxng', rng, '-'], { input: xml, encoding: 'utf8' });
  const errors = run.stderr.split('\n').filter((l) => l.trim() !== '' && l.trim() !== '- validates').join('\n');
  return { ok: run.status === 0 && errors === '', errors };
}

describe('TBX output validates', () => {
  it('v2 (martif) against TBXcoreStructV02.dtd, history included', () => {
    const xml = tbx(STORED);
    expect(xml).toContain('<martif type="TBX" xml:lang="en">');
    expect(xml).toContain('<transacGrp><transac type="transactionType">origination</transac>');
    expect(xmllint(xml, 'tbx')).toEqual({ ok: true, errors: '' });
  });

  it('TBX-Basic v3 against TBXcoreStructV03.rng, history included', () => {
    const xml = tbx(STORED, 'tbx-basic');
    expect(xml).toContain('<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">');
    expect(relaxng(xml)).toEqual({ ok: true, errors: '' });
  });

  it('writes the QA rules (context renderings, later-mention short forms) as TBX data categories, still valid', () => {
    const entry: EntryInput = {
      subject: 'agreement',
      terms: [
        { lang: 'fa', text: 'برجام', status: 'preferred' },
        { lang: 'en', text: 'JCPOA', status: 'preferred', termType: 'acronym', later: true },
        { lang: 'en', text: 'Joint Comprehensive Plan of Action', status: 'admitted', termType: 'fullForm' },
      ],
      contexts: [{ fa: 'توافق‌نامه برجام', en: 'the JCPOA' }],
    };
    for (const format of ['tbx', 'tbx-basic'] as const) {
      const xml = tbx([entry], format);
      expect(xml).toContain('<descrip type="context">توافق‌نامه برجام =&gt; the JCPOA</descrip>');
      expect(xml).toContain('<note>later mentions only</note>');
      expect(format === 'tbx' ? xmllint(xml, 'tbx') : relaxng(xml)).toEqual({ ok: true, errors: '' });
    }
  });

  it('the validators do catch a broken file (so the two tests above prove something)', () => {
    const broken = tbx(SAMPLE).replace('<langSet xml:lang="fa">', '<langSet>');
    expect(xmllint(broken, 'tbx').ok).toBe(false);
    expect(relaxng(tbx(SAMPLE, 'tbx-basic').replace(/ id="n2"/, '')).ok).toBe(false);
  });

  it('an empty glossary is still a readable TBX v3', () => {
    const xml = tbx([], 'tbx-basic');
    expect(relaxng(xml).ok).toBe(true);
    expect(parseGlossary(xml, 'e.tbx').entries).toEqual([]);
  });
});

describe('TBX statuses', () => {
  it('writes forbidden as supersededTerm and reads it back as forbidden', () => {
    const xml = tbx(SAMPLE);
    expect(xml).toMatch(/<term>Divisional General<\/term>\s*<termNote type="administrativeStatus">supersededTerm-admn-sts</);
    expect(xml).toMatch(/<term>Revolutionary Guards<\/term>\s*<termNote type="administrativeStatus">deprecatedTerm-admn-sts</);
    const statuses = parse(xml).entries.flatMap((e) => e.entry.terms.map((t) => t.status));
    expect(new Set(statuses)).toEqual(new Set(['preferred', 'admitted', 'deprecated', 'forbidden']));
  });
});

describe('TBX from other tools', () => {
  it('reads ntig/termGrp, descripGrp, language-level definitions and notes, region codes and legacy lang attributes', () => {
    const g = parse(fixture('foreign-v2.tbx'));
    expect(g.format).toBe('tbx');
    expect(g.rejected).toEqual([]);
    expect(g.entries).toEqual([
      {
        where: 'termEntry #1 (line 9)',
        externalId: 'c101',
        entry: {
          subject: 'military',
          definition: 'Highest army rank.',
          note: 'British spelling on purpose.',
          source: 'Army glossary',
          terms: [
            { lang: 'fa', text: 'ارتشبد', status: 'preferred', partOfSpeech: 'noun' },
            { lang: 'en', text: 'General of the Army', status: 'admitted', termType: 'fullForm' },
          ],
        },
      },
      {
        where: 'termEntry #2 (line 35)',
        externalId: 'c102',
        entry: {
          subject: 'general',
          terms: [
            { lang: 'fa', text: 'ستاد کل', status: 'preferred' },
            { lang: 'en', text: 'General Staff', status: 'preferred' },
          ],
        },
      },
    ]);
  });

  it('refuses a bare termEntry as the root', () => {
    expect(thrown(() => parse('<termEntry><langSet xml:lang="fa"/></termEntry>')).params.element).toBe('termEntry');
  });

  it('accepts either dialect whichever format was asked for', () => {
    expect(parseGlossary(tbx(SAMPLE, 'tbx-basic'), 'x.tbx', 'tbx').format).toBe('tbx-basic');
    expect(parseGlossary(tbx(SAMPLE), 'x.tbx', 'tbx-basic').format).toBe('tbx');
  });
});

describe('hostile and malformed TBX', () => {
  it.each(['billion-laughs.tbx', 'xxe.tbx'])('%s is refused before any entity is expanded', (name) => {
    const err = thrown(() => parseGlossary(fixture(name), name));
    expect(err.code).toBe('parse');
    expect(err.params).toMatchObject({ file: name, reason: 'entity declarations are not allowed' });
  });

  it('an unclosed file is a whole-file error with a line', () => {
    const xml = tbx(SAMPLE).replace(/<\/body>[\s\S]*$/, '');
    const err = thrown(() => parse(xml));
    expect(err.code).toBe('parse');
    expect(err.params.line).toEqual(expect.any(Number));
    expect(String(err.params.reason)).not.toBe('');
  });

  it('a file whose root is not martif or tbx is refused at the root, naming it', () => {
    // The unclosed rest would be a different error: getting this one shows the check happens first.
    const err = thrown(() => parse('<?xml version="1.0"?>\n<tmx version="1.4"><body><tu>'));
    expect(err.params).toEqual({
      file: 'g.tbx',
      line: 2,
      element: 'tmx',
      reason: 'not a TBX file: the root element is <tmx>, expected <martif> (TBX v2) or <tbx> (TBX v3)',
    });
  });

  it('rejects single entries with clear reasons and keeps the good ones', () => {
    const entry = (id: string, body: string): string => `<termEntry id="${id}">${body}</termEntry>\n`;
    const fa = '<langSet xml:lang="fa"><tig><term>سپاه</term></tig></langSet>';
    const en = (t: string, status = 'preferredTerm-admn-sts'): string =>
      `<langSet xml:lang="en"><tig><term>${t}</term><termNote type="administrativeStatus">${status}</termNote></tig></langSet>`;
    const body = [
      entry('a', fa + en('IRGC')),
      entry('b', en('Only English')),
      entry('c', '<langSet xml:lang="fa"><tig><term>وزیر</term></tig></langSet><langSet xml:lang="de"><tig><term>Minister</term></tig></langSet>'),
      entry('d', '<langSet xml:lang="fa"><tig><term>  </term></tig></langSet>' + en('Blank')),
      entry('e', '<langSet xml:lang="fa"><tig><term>سردار</term></tig></langSet>' + en('General', 'approvedByBoss')),
      entry('f', '<descrip type="subjectField">Law</descrip>' + '<langSet xml:lang="fa"><tig><term>قاضی</term></tig></langSet>' + en('Judge')),
      entry('a', '<langSet xml:lang="fa"><tig><term>ارتش</term></tig></langSet>' + en('Army')),
      entry('g', fa + en('irgc')),
      entry('h', '<langSet><tig><term>x</term></tig></langSet>'),
      entry('i', fa.replace('سپاه', 'بسیج') + '<langSet xml:lang="en"><tig><term>Basij</term></tig><tig><term>Basij</term></tig></langSet>'),
    ].join('');
    const xml = `<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></martifHeader><text><body>\n${body}</body></text></martif>`;
    const g = parse(xml);
    expect(g.entries.map((e) => e.externalId)).toEqual(['a', 'f']);
    expect(g.entries[1]!.entry).toMatchObject({ subject: 'general', note: 'Subject field: Law' });
    expect(g.rejected).toEqual([
      { where: 'termEntry #2 (line 3)', reason: 'no Persian term' },
      { where: 'termEntry #3 (line 4)', reason: 'no English term' },
      { where: 'termEntry #4 (line 5)', reason: 'empty Persian <term> on line 5' },
      {
        where: 'termEntry #5 (line 6)',
        reason: '<termNote type="administrativeStatus"> on line 6: unknown status "approvedByBoss" (expected one of: preferred, admitted, deprecated, forbidden)',
      },
      { where: 'termEntry #7 (line 8)', reason: 'duplicate id "a" (first used at termEntry #1 (line 2))' },
      { where: 'termEntry #8 (line 9)', reason: 'duplicate of termEntry #1 (line 2) (same Persian and English terms)' },
      { where: 'termEntry #9 (line 10)', reason: '<langSet> on line 10 has no xml:lang' },
      { where: 'termEntry #10 (line 11)', reason: 'English term "Basij" appears twice (lines 11 and 11)' },
    ]);
  });
});

describe('TBX at scale', () => {
  it('streams 100,000 termEntry elements in seconds', () => {
    const parts = ['<martif type="TBX" xml:lang="en"><martifHeader><fileDesc><sourceDesc><p>t</p></sourceDesc></fileDesc></martifHeader><text><body>\n'];
    for (let i = 0; i < 100_000; i++) {
      parts.push(
        `<termEntry id="n${i}"><langSet xml:lang="fa"><tig><term>واژه ${i}</term></tig></langSet>` +
          `<langSet xml:lang="en"><tig><term>word ${i}</term></tig></langSet></termEntry>\n`,
      );
    }
    parts.push('</body></text></martif>');
    const started = performance.now();
    const g = parse(parts.join(''));
    const ms = performance.now() - started;
    expect(g.rejected).toEqual([]);
    expect(g.entries).toHaveLength(100_000);
    expect(g.entries[99_999]?.where).toBe('termEntry #100000 (line 100001)');
    // ~2 s here on a shared 2-core machine; the bound only catches something going quadratic.
    expect(ms).toBeLessThan(20_000);
  });
});
