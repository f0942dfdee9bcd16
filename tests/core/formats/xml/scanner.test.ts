/**
 * The scanner (src/core/formats/xml/scanner.ts) against saxes, the tokenizer it replaced (issue 14.2):
 * on every XML fixture, on files our writers produce, on generated documents and on thousands of broken
 * variants of them, both must give the same tree, the same callbacks (names, depths, lines, columns) and
 * the same error (reason and line). saxes is driven by read-saxes.ts, which stays in the source tree for
 * documents declaring XML 1.1, so the oracle here is the code that read every file before.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { writeTmx, writeXliff12, writeXliff2 } from '../../../../src/core/formats/bilingual';
import { writeGlossary } from '../../../../src/core/formats/glossary';
import { checkEncoding, parseXml, streamXml, streamXmlSteps } from '../../../../src/core/formats/xml/read';
import type { XmlElement } from '../../../../src/core/formats/xml/read';
import { saxesRun } from '../../../../src/core/formats/xml/read-saxes';
import type { BuildOptions } from '../../../../src/core/formats/xml/tree-builder';
import { AppError } from '../../../../src/shared/errors';
import { makeEntries } from '../../../../bench/tbx';
import { tmxDocs } from '../../../../bench/parse-peers';

type Outcome = { tree: unknown; events: string[] } | { error: unknown };

/** Runs a reader, recording every callback, and reduces the result or the error to plain data. */
function outcome(read: (opts: BuildOptions) => XmlElement | undefined, collect: string[] | null): Outcome {
  const events: string[] = [];
  const opts: BuildOptions = {
    collect: collect === null ? null : new Set(collect),
    onElement: (el, depth) => events.push(`el ${depth} ${JSON.stringify(el)}`),
    onOpen: (el, depth) =>
      events.push(`open ${depth} ${el.name} ${el.line}:${el.column} ${JSON.stringify(el.attrs)}`),
    maxDepth: 12,
  };
  try {
    const root = read(opts);
    // parseXml takes no callbacks: with collect null only the tree is compared.
    return collect === null
      ? { tree: JSON.parse(JSON.stringify(root)), events: [] }
      : { tree: root?.name, events };
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    return { error: { code: e.code, ...e.params } };
  }
}

function drain<T>(steps: Generator<void, T>): T {
  for (;;) {
    const r = steps.next();
    if (r.done === true) return r.value;
  }
}

/** Old reader: saxes over the same pieces (the byte-order mark dropped as read.ts drops it). */
function bySaxes(pieces: string[], collect: string[] | null): Outcome {
  const text = pieces.join('');
  return outcome((opts) => {
    const first = pieces[0] ?? '';
    checkEncoding(first, 'f.xml');
    const fed = [first.charCodeAt(0) === 0xfeff ? first.slice(1) : first, ...pieces.slice(1)];
    const builder = drain(saxesRun(fed, 'f.xml', opts, pieces.length === 1 ? text : undefined));
    if (builder.root === undefined)
      throw new AppError('parse', { file: 'f.xml', line: 1, reason: 'no root element' });
    return builder.root;
  }, collect);
}

/** New reader through the public API: a whole string, or the pieces as a stream of chunks. */
function byScanner(pieces: string[], collect: string[] | null): Outcome {
  return outcome((opts) => {
    const input = pieces.length === 1 ? (pieces[0] ?? '') : pieces;
    const limits = { maxDepth: opts.maxDepth };
    if (collect === null && typeof input === 'string') return parseXml(input, 'f.xml', limits);
    const root = streamXml(input, 'f.xml', {
      collect: collect ?? [],
      onElement: opts.onElement,
      ...(opts.onOpen ? { onOpen: opts.onOpen } : {}),
      ...limits,
    }).root;
    return root;
  }, collect);
}

/**
 * The one difference on purpose: for "undefined entity" the old reader searched the error's line for the
 * first unknown `&name;` (and, reading chunks, looked at the wrong line), the scanner names the entity it
 * failed on. Both start with "undefined entity"; the name is compared where both can be right.
 */
function comparable(o: Outcome): Outcome {
  if (!('error' in o)) return o;
  const error = { ...(o.error as Record<string, unknown>) };
  if (typeof error.reason === 'string' && error.reason.startsWith('undefined entity'))
    error.reason = 'undefined entity';
  return { error };
}

/** Compares the two readers on one input; a difference fails with the input and both results, short. */
function same(pieces: string[], collect: string[] | null, exactEntity = false): Outcome {
  const want = bySaxes(pieces, collect);
  const got = byScanner(pieces, collect);
  const a = JSON.stringify(exactEntity ? want : comparable(want));
  const b = JSON.stringify(exactEntity ? got : comparable(got));
  if (a !== b) {
    let i = 0;
    while (a[i] === b[i]) i++;
    const from = Math.max(0, i - 150);
    throw new Error(
      `scanner and saxes differ on ${JSON.stringify(pieces).slice(0, 1500)}\n` +
        `saxes:   …${a.slice(from, i + 150)}\nscanner: …${b.slice(from, i + 150)}`,
    );
  }
  return want;
}

const fixtureRoot = fileURLToPath(new URL('../../../fixtures/', import.meta.url));
function fixtureFiles(dir = fixtureRoot): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory()
      ? fixtureFiles(join(dir, d.name))
      : /\.(xml|tmx|tbx|xlf|xliff)$/.test(d.name)
        ? [join(dir, d.name)]
        : [],
  );
}

const opts = { createdAt: new Date(0), tool: 'test' };
const written: Record<string, string> = {
  tbx: [...writeGlossary(makeEntries(30), 'tbx', opts)].join(''),
  tbxBasic: [...writeGlossary(makeEntries(30), 'tbx-basic', opts)].join(''),
  tmx: [...writeTmx(tmxDocs(20), { ...opts, toolVersion: '1', srcLang: 'fa-IR', tgtLang: 'en' })].join(''),
  xliff12: [
    ...writeXliff12(tmxDocs(10), { ...opts, toolVersion: '1', srcLang: 'fa-IR', tgtLang: 'en' }),
  ].join(''),
  xliff2: [...writeXliff2(tmxDocs(10), { ...opts, toolVersion: '1', srcLang: 'fa-IR', tgtLang: 'en' })].join(
    '',
  ),
};

/** Deterministic pseudo-random numbers (mulberry32), so a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A well-formed document using everything exchange files use, and a few things they rarely do. */
function generate(rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const names = ['tu', 'tuv', 'seg', 'termEntry', 'langSet', 'x:note', 'a-b.c', 'ن', 'g'];
  const texts = [
    'سلام',
    'a &amp; b',
    '&lt;x&gt;',
    '&#1587;&#x644;',
    '😀 ok',
    '\r\n',
    '\n  ',
    ' ',
    'x\ry',
    ']]',
    'a>b',
  ];
  const values = ['1', 'fa-IR', 'a&quot;b', "it's", '\ttab\nline\r\nend', '&#10;', '😀', ''];
  let out = '';
  let depth = 0;
  const element = (): void => {
    const name = pick(names);
    depth++;
    let attrs = name.startsWith('x:') ? ' xmlns:x="urn:x"' : '';
    const n = Math.floor(rnd() * 3);
    const used = new Set<string>();
    for (let i = 0; i < n; i++) {
      const a = pick(['type', 'xml:lang', 'id', 'n']);
      if (used.has(a)) continue;
      used.add(a);
      const q = rnd() < 0.8 ? '"' : "'";
      const v = pick(values).replace(q === '"' ? /"/g : /'/g, q === '"' ? '&quot;' : '&apos;');
      attrs += `${pick([' ', '\n ', '\t'])}${a}${pick(['=', ' = '])}${q}${v}${q}`;
    }
    if (rnd() < 0.2) {
      out += `<${name}${attrs}${pick(['/>', ' />'])}`;
      depth--;
      return;
    }
    out += `<${name}${attrs}>`;
    const kids = Math.floor(rnd() * (depth > 4 ? 2 : 5));
    for (let i = 0; i < kids; i++) {
      const r = rnd();
      if (r < 0.35) out += pick(texts);
      else if (r < 0.45) out += `<![CDATA[${pick(['', 'a < b & c', ']]', 'x]y'])}]]>`;
      else if (r < 0.5) out += `<!--${pick(['', ' note ', '-x-'])}-->`;
      else if (r < 0.53) out += '<?pi some data?>';
      else element();
    }
    out += `</${name}${pick(['', ' ', '\n'])}>`;
    depth--;
  };
  const prolog = [
    '',
    '\ufeff',
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    "<?xml version='1.0' standalone='yes'?>",
    '<?xml version="1.0"?>\r\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n',
    '<!DOCTYPE r [ <!ELEMENT r ANY> <!-- c --> <?p x?> <!ATTLIST r a CDATA "]>"> ]>',
    '<!-- before -->\n<?xml-stylesheet href="a.xsl"?>',
  ];
  out = pick(prolog);
  element();
  out += pick(['', '\n', '<!-- after -->', '<?pi after?>\n']);
  return out;
}

/** A broken variant: a character dropped, one inserted, a cut, or a piece repeated. */
function mutate(doc: string, rnd: () => number): string {
  const at = Math.floor(rnd() * (doc.length + 1));
  const chars = [
    '<',
    '>',
    '&',
    ';',
    '"',
    "'",
    '/',
    '!',
    '?',
    '[',
    ']',
    '-',
    '=',
    ' ',
    '\n',
    '\r',
    'x',
    ':',
    '#',
    '\u0001',
    '\ufffe',
    '\udc00',
    '<!--',
    '-->',
    '--',
    ']]>',
    '<![CDATA[',
    '&#0;',
    '&#x41;',
    '&#X41;',
    '&foo;',
    '&;',
    '</',
    '</>',
    '<?xml ',
    '<?XML x?>',
    '<?',
    '?>',
    '<!DOCTYPE x>',
    '<!DOCTYPE x [<!ENTITY e "x">]>',
    '<!doctype x>',
    ' xmlns:q="urn:q"',
    ' q:a="1"',
    '<q:b/>',
    ' a="1"',
    ' xmlns="u"',
    '😀',
  ];
  const r = rnd();
  // Never split a surrogate pair: a lone high surrogate is read differently on purpose (see chars.ts).
  const safe = (i: number): number => (/[\udc00-\udfff]/.test(doc.charAt(i)) ? i + 1 : i);
  const i = safe(at);
  if (r < 0.3) return doc.slice(0, i) + doc.slice(safe(i + 1));
  if (r < 0.65) return doc.slice(0, i) + chars[Math.floor(rnd() * chars.length)] + doc.slice(i);
  if (r < 0.8) return doc.slice(0, i);
  const j = safe(Math.min(doc.length, i + Math.floor(rnd() * 12)));
  return doc.slice(0, j) + doc.slice(i, j) + doc.slice(j);
}

/** Pieces at random places (surrogate pairs kept whole, as read.ts cuts them). */
function cut(doc: string, rnd: () => number): string[] {
  const pieces: string[] = [];
  let i = 0;
  while (i < doc.length) {
    let end = Math.min(doc.length, i + 1 + Math.floor(rnd() * 40));
    if (/[\ud800-\udbff]/.test(doc.charAt(end - 1)) && end < doc.length) end++;
    pieces.push(doc.slice(i, end));
    i = end;
  }
  return pieces.length === 0 ? [''] : pieces;
}

describe('scanner against saxes', () => {
  it('reads every XML fixture the same (tree, callbacks, errors)', () => {
    const files = fixtureFiles();
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      same([text], null, true);
      same([text], ['tu', 'termEntry', 'trans-unit', 'unit']);
    }
  });

  it('reads what our writers produce the same, whole and in pieces', () => {
    const rnd = random(7);
    for (const text of Object.values(written)) {
      same([text], null, true);
      same([text], ['tu', 'termEntry', 'conceptEntry', 'unit', 'trans-unit']);
      same(cut(text, rnd), ['tu', 'termEntry', 'conceptEntry', 'unit', 'trans-unit']);
    }
  });

  it('agrees on 1,500 generated documents, whole and in pieces', () => {
    const rnd = random(42);
    for (let n = 0; n < 1_500; n++) {
      const doc = generate(rnd);
      same([doc], null);
      same([doc], ['tu', 'seg']);
      same(cut(doc, rnd), ['tu', 'seg']);
    }
  });

  it('agrees on 6,000 broken documents: same refusal, same reason and line', () => {
    const rnd = random(1234);
    const sources = [
      ...Object.values(written).map((t) => t.slice(0, 3_000)),
      ...fixtureFiles().map((f) => readFileSync(f, 'utf8')),
    ];
    let refused = 0;
    for (let n = 0; n < 6_000; n++) {
      const base = n % 3 === 0 ? (sources[n % sources.length] as string) : generate(rnd);
      let doc = mutate(base, rnd);
      if (rnd() < 0.3) doc = mutate(doc, rnd);
      if ('error' in same([doc], null)) refused++;
      if (n % 4 === 0) same(cut(doc, rnd), ['tu']);
    }
    // Most mutations break the document; the comparison must have covered many refusals.
    expect(refused).toBeGreaterThan(2_000);
  });

  it('names the entity it failed on, in a stream too', () => {
    const chunks = ['<r>\n<a>caf', 'e&eacute;</a>\n</r>'];
    expect(() => streamXml(chunks, 'f.xml', { collect: ['a'], onElement: () => {} })).toThrow(
      expect.objectContaining({
        params: expect.objectContaining({ line: 2, reason: 'undefined entity &eacute;' }),
      }),
    );
  });

  it('reads a token longer than many pieces (a 3 MB comment and text) in linear time', () => {
    const big = `<r><!--${'x'.repeat(3_000_000)}--><a>${'y'.repeat(3_000_000)}</a></r>`;
    let text = '';
    drain(
      streamXmlSteps(big, 'f.xml', {
        collect: ['a'],
        onElement: (el) => (text = (el.children[0] as { text: string }).text),
      }),
    );
    expect(text.length).toBe(3_000_000);
  });

  it('hands on text longer than a piece in parts, holding only a piece in memory', () => {
    // Like tests/cli/tm.test.ts's 200 MB file: blanks inside <body> between units, read as a stream.
    const pad = ' '.repeat(1 << 16);
    function* chunks(): Generator<string> {
      yield '<tmx><body><tu>a &amp; b</tu>';
      for (let i = 0; i < 200; i++) yield pad;
      yield '<tu>x&';
      yield 'lt;y\r';
      yield '\nz</tu></body></tmx>';
    }
    const texts: string[] = [];
    const before = process.memoryUsage().heapUsed;
    let peak = 0;
    streamXml(chunks(), 'f.tmx', {
      collect: ['tu'],
      onElement: (el) => {
        texts.push((el.children[0] as { text: string }).text);
        peak = Math.max(peak, process.memoryUsage().heapUsed - before);
      },
    });
    expect(texts).toEqual(['a & b', 'x<y\nz']);
    // 200 pieces of 64k characters: a reader that kept them all would hold 13 MB.
    expect(peak).toBeLessThan(8e6);
  });

  it('sends documents declaring XML 1.1 to saxes, which treats U+2028 as a line end there', () => {
    const root = parseXml('<?xml version="1.1"?><r>a\u2028b</r>', 'f.xml');
    expect((root.children[0] as { text: string }).text).toBe('a\nb');
    expect(parseXml('<r>a\u2028b</r>', 'f.xml').children[0]).toEqual({ text: 'a\u2028b' });
  });
});
