import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTermbaseFile, serializeTermbaseFile, TERMBASE_FILE_HEADER } from '../../../src/core/glossary/termbase-file';
import { foldForSearch, termKey } from '../../../src/core/text/normalize';
import { entryInputSchema } from '../../../src/shared/api';
import { AppError } from '../../../src/shared/errors';
import type { EntryInput } from '../../../src/shared/model';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const SHIPPED = 'glossary/barabar.termbase';
const shippedText = readFileSync(root + SHIPPED, 'utf8');
const shipped = parseTermbaseFile(shippedText, SHIPPED);

/** The parse error thrown for `text`, or a failed expectation if it parsed. */
function parseError(text: string, file = 'test.termbase'): AppError {
  try {
    parseTermbaseFile(text, file);
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a parse error');
}

function block(key: string, ...lines: string[]): string {
  return [`[${key}]`, ...lines].join('\n');
}

describe('the shipped termbase', () => {
  it('has at least 80 entries, each accepted by the service API schema', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(80);
    for (const { key, entry } of shipped) {
      const result = entryInputSchema.safeParse(entry);
      expect(result.success, `${key}: ${result.error?.message}`).toBe(true);
      // The QA rules survive the schema (a schema that stripped them would lose them on import).
      expect(result.data?.contexts, key).toEqual(entry.contexts);
    }
  });

  it('says in data what its notes say in words: first-mention short forms, context renderings, admitted short forms', () => {
    for (const { key, entry } of shipped) {
      for (const t of entry.terms) {
        // "second and later mentions" lives in the `later` attribute now, not in a note that the checks cannot read.
        expect(t.note ?? '', `${key}: ${t.text}`).not.toMatch(/later mentions/i);
        if (t.later) expect(t.lang === 'en' && (t.status === 'preferred' || t.status === 'admitted'), key).toBe(true);
      }
      // Every «Persian» → English example of a note that names a whole phrase is a context rendering
      // (or, for a single term, one of the entry's terms); patterns with placeholders (X, Y, …) are prose.
      const examples = [...(entry.note ?? '').matchAll(/«([^»…]+)»\s*→/gu)]
        .map((m) => m[1] ?? '')
        .filter((fa) => !/[A-Za-z]/u.test(fa));
      const known = new Set([
        ...(entry.contexts ?? []).map((c) => termKey(c.fa)),
        ...entry.terms.filter((t) => t.lang === 'fa').map((t) => termKey(t.text)),
      ]);
      const otherEntries = new Set(
        shipped.flatMap((s) => [
          ...(s.entry.contexts ?? []).map((c) => termKey(c.fa)),
          ...s.entry.terms.filter((t) => t.lang === 'fa').map((t) => termKey(t.text)),
        ]),
      );
      for (const fa of examples) {
        expect(known.has(termKey(fa)) || otherEntries.has(termKey(fa)) || !/\s/u.test(fa), `${key}: «${fa}»`).toBe(true);
      }
    }
    const byKey = new Map(shipped.map((s) => [s.key, s.entry]));
    const en = (key: string) => byKey.get(key)?.terms.filter((t) => t.lang === 'en') ?? [];
    expect(en('place/islamic-republic-of-iran').find((t) => t.text === 'Iran')?.status).toBe('admitted');
    expect(en('person/ashtiani').find((t) => t.text === 'Ashtiani')?.later).toBe(true);
    expect(en('agreement/jcpoa').find((t) => t.text === 'JCPOA')?.later).toBe(true);
    expect(byKey.get('agreement/jcpoa')?.contexts).toContainEqual({ fa: 'توافق‌نامه برجام', en: 'the JCPOA' });
  });

  it('is in canonical form: keys strictly sorted and serialize(parse(file)) reproduces it byte for byte', () => {
    const keys = shipped.map((e) => e.key);
    for (let i = 1; i < keys.length; i++) expect(keys[i - 1]! < keys[i]!, `${keys[i - 1]} before ${keys[i]}`).toBe(true);
    expect(serializeTermbaseFile(shipped.map((e) => e.entry))).toBe(shippedText);
  });

  it('follows the content conventions: subject/slug keys, one preferred English, Persian letters, notes on forbidden terms', () => {
    for (const { key, entry } of shipped) {
      expect(key.split('/')[0], key).toBe(entry.subject);
      expect(entry.terms.filter((t) => t.lang === 'en' && t.status === 'preferred'), key).toHaveLength(1);
      expect(entry.terms.some((t) => t.lang === 'fa' && t.status === 'preferred'), key).toBe(true);
      for (const t of entry.terms) {
        // Arabic yeh, kaf and teh marbuta instead of Persian ی, ک, ه: the standard spelling is Persian.
        if (t.lang === 'fa') expect(t.text, key).not.toMatch(/[\u064a\u0643\u0629]/);
        if (t.status === 'forbidden') expect(t.note, `${key}: forbidden "${t.text}" needs a note saying why`).toBeTruthy();
      }
    }
  });

  it('has no duplicate identity: each (Persian match key, preferred English) pair occurs once', () => {
    const pairs: string[] = [];
    for (const { entry } of shipped) {
      const en = entry.terms.filter((t) => t.lang === 'en' && t.status === 'preferred').map((t) => t.text.toLowerCase());
      for (const fa of entry.terms.filter((t) => t.lang === 'fa')) for (const e of en) pairs.push(`${termKey(fa.text)}|${e}`);
    }
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('serves the corpus: at least 30 entries have a Persian term that occurs in the four reports', () => {
    const dir = root + 'corpus/';
    const files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
    expect(files.length).toBe(4);
    // Compared with spaces and ZWNJ removed on both sides, as the matcher does: the reports write
    // «بینالمللی» joined and «بین المللی» spaced.
    const corpus = files.map((f) => foldForSearch(readFileSync(dir + f, 'utf8')).replace(/[ \u200c]/g, '')).join('\n');
    const served = shipped.filter(({ entry }) => entry.terms.some((t) => t.lang === 'fa' && corpus.includes(termKey(t.text))));
    expect(served.length).toBeGreaterThanOrEqual(30);
  });

  it('resolves the reports’ joined, spaced and misspelt forms to one entry each', () => {
    const byTermKey = new Map<string, string[]>();
    for (const { key, entry } of shipped) {
      for (const t of entry.terms) if (t.lang === 'fa') byTermKey.set(termKey(t.text), [...(byTermKey.get(termKey(t.text)) ?? []), key]);
    }
    const keyOf = (written: string): string[] | undefined => byTermKey.get(termKey(written));
    // Spellings copied from the corpus reports.
    expect(keyOf('رئیسجمهور')).toEqual(keyOf('رئیس جمهور'));
    expect(keyOf('بینالمللی')).toEqual(keyOf('بین المللی'));
    expect(keyOf('ویکتور خرنینگ')).toEqual(keyOf('ویکتور خرنین'));
    expect(keyOf('سرگئی شایگو')).toEqual(keyOf('سرگئی شویگو'));
    expect(keyOf('اکراین')).toEqual(keyOf('اوکراین'));
    expect(keyOf('رئیسجمهور')).toHaveLength(1);
  });
});

describe('serializeTermbaseFile', () => {
  const tricky: EntryInput[] = [
    {
      key: 'general/zeta',
      subject: 'general',
      note: '  line one\nline two with a \\ backslash and a | pipe  ',
      terms: [
        { lang: 'en', text: 'Rock | Roll', status: 'admitted', termType: 'variant', note: 'a | b' },
        { lang: 'en', text: 'Zeta', status: 'preferred', partOfSpeech: 'noun' },
        { lang: 'fa', text: ' زتا ', status: 'preferred' },
      ],
    },
    {
      key: 'general/alpha',
      subject: 'general',
      definition: '# not a comment',
      source: '[not a header]',
      terms: [
        { lang: 'fa', text: 'آلفا', status: 'preferred' },
        { lang: 'en', text: 'Alpha', status: 'preferred' },
      ],
    },
  ];

  it('round-trips: parse(serialize(entries)) gives the entries back, sorted, trimmed and canonically ordered', () => {
    const text = serializeTermbaseFile(tricky);
    const back = parseTermbaseFile(text, 'rt.termbase');
    expect(back.map((e) => e.key)).toEqual(['general/alpha', 'general/zeta']);
    expect(back[0]?.entry).toEqual(tricky[1]);
    expect(back[1]?.entry).toEqual({
      key: 'general/zeta',
      subject: 'general',
      note: 'line one\nline two with a \\ backslash and a | pipe',
      terms: [
        { lang: 'fa', text: 'زتا', status: 'preferred' },
        { lang: 'en', text: 'Zeta', status: 'preferred', partOfSpeech: 'noun' },
        { lang: 'en', text: 'Rock | Roll', status: 'admitted', termType: 'variant', note: 'a | b' },
      ],
    });
    expect(serializeTermbaseFile(back.map((e) => e.entry))).toBe(text);
  });

  it('writes one line per field with escapes, and the documented header', () => {
    const text = serializeTermbaseFile(tricky);
    expect(text.startsWith(TERMBASE_FILE_HEADER + '\n[general/alpha]\n')).toBe(true);
    expect(text).toContain('en: Rock \\| Roll | admitted | variant | note=a \\| b\n');
    expect(text).toContain('note: line one\\nline two with a \\\\ backslash and a | pipe\n');
    expect(text.endsWith('\n') && !text.endsWith('\n\n')).toBe(true);
  });

  it('gives keyless entries a unique subject/slug key from the preferred English', () => {
    const entry = (en: string): EntryInput => ({
      subject: 'place',
      terms: [
        { lang: 'fa', text: en === 'Türkiye' ? 'ترکیه' : 'تورکیه', status: 'preferred' },
        { lang: 'en', text: en, status: 'preferred' },
      ],
    });
    const keys = parseTermbaseFile(serializeTermbaseFile([entry('Türkiye'), entry('Turkiye')]), 'k').map((e) => e.key);
    expect(keys).toEqual(['place/turkiye', 'place/turkiye-2']);
  });

  it('refuses what the parser would reject', () => {
    const fa = { lang: 'fa', text: 'الف', status: 'preferred' } as const;
    const en = { lang: 'en', text: 'A', status: 'preferred' } as const;
    const code = (entries: EntryInput[]): string | undefined => {
      try {
        serializeTermbaseFile(entries);
      } catch (e) {
        return (e as AppError).code;
      }
      return undefined;
    };
    expect(code([{ subject: 'general', terms: [fa, en] }])).toBeUndefined();
    expect(code([{ subject: 'general', terms: [fa] }])).toBe('validation');
    expect(code([{ key: 'Bad Key', subject: 'general', terms: [fa, en] }])).toBe('validation');
    expect(code([{ key: 'a/b', subject: 'general', terms: [fa, en] }, { key: 'a/b', subject: 'general', terms: [fa, { ...en, text: 'B' }] }])).toBe('conflict');
    expect(code([{ subject: 'general', terms: [fa, en] }, { subject: 'place', terms: [{ ...fa, text: 'ال ف' }, en] }])).toBe('conflict');
  });
});

describe('termbase rules: context renderings and later-mention short forms', () => {
  const text = [
    '[agreement/jcpoa]',
    'subject: agreement',
    'fa: برجام',
    'en: JCPOA | acronym | later',
    'en: Joint Comprehensive Plan of Action | admitted | fullForm',
    'context: توافق‌نامه برجام => the JCPOA',
    'context: ذیل برجام => under the JCPOA',
    'note: Spell out on first mention.',
    '',
  ].join('\n');

  it('parses them and writes them back in canonical form', () => {
    const [parsed] = parseTermbaseFile(text, 't.termbase');
    expect(parsed?.entry.terms[1]).toEqual({ lang: 'en', text: 'JCPOA', status: 'preferred', termType: 'acronym', later: true });
    expect(parsed?.entry.contexts).toEqual([
      { fa: 'توافق‌نامه برجام', en: 'the JCPOA' },
      { fa: 'ذیل برجام', en: 'under the JCPOA' },
    ]);
    expect(serializeTermbaseFile([parsed?.entry as EntryInput])).toBe(TERMBASE_FILE_HEADER + '\n' + text);
  });

  it('names the line of a bad context', () => {
    const bad = (line: string) => () => parseTermbaseFile(`[a/b]\nsubject: general\nfa: الف\nen: a\n${line}\n`, 't.termbase');
    expect(bad('context: توافق‌نامه برجام the JCPOA')).toThrow(expect.objectContaining({ params: expect.objectContaining({ line: 5 }) }));
    expect(bad('context: the JCPOA => توافق')).toThrow(/no Persian letters/);
    expect(bad('context: برجام => برجام')).toThrow(/contains Persian letters/);
    expect(bad('context:  => the JCPOA')).toThrow(/both sides/);
  });
});

describe('parseTermbaseFile errors name the file and the line', () => {
  const ok = block('general/a', 'subject: general', 'fa: الف', 'en: A');

  const cases: [string, string, number, RegExp][] = [
    ['unknown field', block('general/a', 'subject: general', 'fa: الف', 'en: A', 'comment: x'), 5, /unknown field "comment"/],
    ['bad status', block('general/a', 'subject: general', 'fa: الف', 'en: A | preffered'), 4, /unknown term attribute "preffered"/],
    ['two statuses', block('general/a', 'subject: general', 'fa: الف', 'en: A | admitted | forbidden'), 4, /two statuses/],
    ['missing fa term', block('general/a', 'subject: general', 'en: A'), 1, /no "fa:" term/],
    ['missing en term', ok + '\n\n' + block('general/b', 'subject: general', 'fa: ب'), 6, /no "en:" term/],
    ['missing subject', block('general/a', 'fa: الف', 'en: A'), 1, /no "subject:"/],
    ['unknown subject', block('general/a', 'subject: sport', 'fa: الف', 'en: A'), 2, /unknown subject "sport"/],
    ['duplicate key', ok + '\n\n' + block('general/a', 'subject: general', 'fa: ب', 'en: B'), 6, /duplicate key \[general\/a\], first used on line 1/],
    [
      'duplicate (termKey(fa), preferred en) pair across entries',
      block('general/a', 'subject: general', 'fa: رئیس‌جمهور', 'en: President') + '\n\n' + block('general/b', 'subject: politics', 'en: president', 'fa: رئيس جمهور'),
      9,
      /already an entry: \[general\/a\] \(line 3\)/,
    ],
    ['the same Persian term twice in one entry', block('general/a', 'subject: general', 'fa: بین‌المللی', 'fa: بین المللی | admitted', 'en: A'), 4, /same term as «بین‌المللی» on line 3/],
    ['the same English twice in one entry', block('general/a', 'subject: general', 'fa: الف', 'en: A', 'en: a | admitted'), 5, /given twice/],
    ['a field given twice', block('general/a', 'subject: general', 'fa: الف', 'en: A', 'note: x', 'note: y'), 6, /second "note:".*first on line 5/],
    ['a blank line inside a block', block('general/a', 'subject: general', 'fa: الف', '', 'en: A'), 5, /outside an entry/],
    ['a bad key', block('General/A', 'subject: general', 'fa: الف', 'en: A'), 1, /bad key/],
    ['a merge conflict marker', ok + '\n<<<<<<< HEAD\n', 5, /merge conflict/],
    ['an empty value', block('general/a', 'subject: general', 'fa: الف', 'en: A', 'definition:'), 5, /has no value/],
    ['an empty term', block('general/a', 'subject: general', 'fa:  | admitted', 'en: A'), 3, /has no term/],
    ['an unknown escape', block('general/a', 'subject: general', 'fa: الف', 'en: A', 'note: C:\\temp'), 5, /unknown escape/],
    ['an English term in Persian letters', block('general/a', 'subject: general', 'en: الف', 'fa: الف'), 3, /contains Persian letters/],
    ['a line that is no field', ok + '\njust words', 5, /expected "field: value"/],
    ['a term longer than the API allows', block('general/a', 'subject: general', 'fa: الف', `en: ${'x'.repeat(501)}`), 4, /longer than 500/],
  ];

  it.each(cases)('%s', (_name, text, line, reason) => {
    const error = parseError(text, 'glossary/x.termbase');
    expect(error.code).toBe('parse');
    expect(error.params).toMatchObject({ file: 'glossary/x.termbase', line });
    expect(String(error.params.reason)).toMatch(reason);
    expect(error.message).toContain(`glossary/x.termbase, line ${line}`);
  });

  it('counts lines the same with CRLF line ends and a BOM', () => {
    const text = '\uFEFF# header\r\n' + block('general/a', 'subject: general', 'fa: الف', 'en: A | bogus').replace(/\n/g, '\r\n');
    expect(parseError(text).params.line).toBe(5);
  });

  it('accepts homographs: one Persian term with two different preferred English renderings, or one only admitted', () => {
    const text = [
      block('media/fars', 'subject: media', 'fa: فارس', 'en: Fars News Agency'),
      block('place/fars', 'subject: place', 'fa: فارس', 'en: Fars Province', 'en: Fars News Agency | deprecated'),
    ].join('\n\n');
    const entries = parseTermbaseFile(text, 'h');
    expect(entries.map((e) => [e.key, e.line])).toEqual([
      ['media/fars', 1],
      ['place/fars', 6],
    ]);
  });

  it('reads attributes in any order and comments anywhere', () => {
    const text = block('general/a', '# why: see review', 'subject: general', 'fa:الف', 'en: A | note=x = y | acronym | pos=noun | deprecated', 'en: B');
    const [parsed] = parseTermbaseFile(text, 'o');
    expect(parsed?.entry.terms[1]).toEqual({ lang: 'en', text: 'A', status: 'deprecated', termType: 'acronym', partOfSpeech: 'noun', note: 'x = y' });
  });
});
