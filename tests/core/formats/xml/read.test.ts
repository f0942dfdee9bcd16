import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../src/shared/errors';
import {
  MAX_XML_DEPTH,
  isElement,
  parseXml,
  streamXml,
  textOf,
  walk,
} from '../../../../src/core/formats/xml/read';
import type { XmlElement } from '../../../../src/core/formats/xml/read';

function parseError(xml: string): AppError {
  try {
    parseXml(xml, 'input.xml');
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a parse error');
}

const child = (el: XmlElement, name: string): XmlElement => {
  const found = el.children.find((c): c is XmlElement => isElement(c) && c.name === name);
  if (!found) throw new Error(`no <${name}>`);
  return found;
};

describe('parseXml', () => {
  it('keeps values as strings, whitespace and mixed-content order', () => {
    const root = parseXml(
      '<tu n="007">\n  <seg>0123</seg><seg> a <b>bold</b> &amp; <![CDATA[<raw>]]> end </seg>\n</tu>',
      'f.xml',
    );
    expect(root.attrs.n).toBe('007');
    const [first, second] = root.children.filter(isElement);
    expect(textOf(first!)).toBe('0123');
    expect(second!.children.map((c) => (isElement(c) ? `<${c.name}>` : c.text))).toEqual([
      ' a ',
      '<b>',
      ' & <raw> end ',
    ]);
    expect(textOf(second!)).toBe(' a bold & <raw> end ');
    expect(root.children[0]).toEqual({ text: '\n  ' });
  });

  it('reports 1-based line and column of each element', () => {
    const root = parseXml('<a>\n  <b/>\n<c>x &lt; <d/></c></a>', 'f.xml');
    expect([root.line, root.column]).toEqual([1, 1]);
    expect([child(root, 'b').line, child(root, 'b').column]).toEqual([2, 3]);
    const d = child(child(root, 'c'), 'd');
    expect([d.line, d.column]).toEqual([3, 11]);
  });

  it('keeps prefixes in names and exposes namespace and local name', () => {
    const root = parseXml(
      '<xliff xmlns="urn:x" xmlns:gls="urn:g"><gls:glossary xml:lang="fa-IR"/></xliff>',
      'f.xml',
    );
    const gls = child(root, 'gls:glossary');
    expect([gls.local, gls.uri]).toEqual(['glossary', 'urn:g']);
    expect(root.uri).toBe('urn:x');
    expect(gls.attrs['xml:lang']).toBe('fa-IR');
  });

  it('tells apart names that share a first character and length, as tags and as attributes', () => {
    const root = parseXml('<r><ab ax="1" ay="2"/><ac ay="3" ax="4"/><ab ay="5"/><a-b/><ab ax="6"/></r>', 'f');
    const tags = root.children.filter(isElement);
    expect(tags.map((el) => [el.name, { ...el.attrs }])).toEqual([
      ['ab', { ax: '1', ay: '2' }],
      ['ac', { ay: '3', ax: '4' }],
      ['ab', { ay: '5' }],
      ['a-b', {}],
      ['ab', { ax: '6' }],
    ]);
    expect(() => parseXml('<ab></ac>', 'f')).toThrow(/unexpected close tag/);
  });

  it('treats an attribute named __proto__ as plain data', () => {
    const root = parseXml('<a __proto__="x" constructor="y"/>', 'f.xml');
    expect(root.attrs.__proto__).toBe('x');
    expect(root.attrs.constructor).toBe('y');
    expect(Object.keys(root.attrs)).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(root.attrs)).toBe(null);
    expect(parseXml('<a/>', 'f.xml').attrs.toString).toBeUndefined();
  });

  it('accepts a DOCTYPE with an external DTD without fetching it', () => {
    const root = parseXml(
      '<?xml version="1.0"?>\n<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">\n<martif type="TBX"/>',
      't.tbx',
    );
    expect(root.attrs.type).toBe('TBX');
    expect(root.line).toBe(3);
  });

  it('skips a byte-order mark', () => {
    expect(parseXml('\ufeff<a>x</a>', 'f.xml').name).toBe('a');
  });

  it('rejects entity expansion (billion laughs) with a clear reason', () => {
    const lol = [
      '<?xml version="1.0"?>',
      '<!DOCTYPE lolz [',
      ' <!ENTITY lol "lol">',
      ' <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">',
      ' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">',
      ']>',
      '<lolz>&lol3;</lolz>',
    ].join('\n');
    const err = parseError(lol);
    expect(err.code).toBe('parse');
    expect(err.params).toMatchObject({ file: 'input.xml', reason: 'entity declarations are not allowed' });
    expect(err.params.line).toBeGreaterThanOrEqual(2);
  });

  it('rejects external entities (XXE) and parameter entities without fetching', () => {
    for (const decl of [
      '<!ENTITY xxe SYSTEM "file:///etc/passwd">',
      '<!ENTITY xxe PUBLIC "-//x" "http://127.0.0.1/x">',
      '<!ENTITY % p SYSTEM "file:///etc/passwd"> %p;',
    ]) {
      const err = parseError(`<?xml version="1.0"?>\n<!DOCTYPE foo [ ${decl} ]>\n<foo>&xxe;</foo>`);
      expect(err.params.reason).toBe('entity declarations are not allowed');
      expect(err.message).not.toContain('root:');
    }
  });

  it('names an undefined entity and its line', () => {
    const err = parseError('<a>\n<b>caf&eacute;</b></a>');
    expect(err.params).toMatchObject({ line: 2, reason: 'undefined entity &eacute;' });
  });

  it('reports unclosed and mismatched tags with the line', () => {
    expect(parseError('<a>\n<b>\n</a>').params).toMatchObject({ line: 3 });
    expect(String(parseError('<a>\n<b>\n</a>').params.reason)).toMatch(/close tag/);
  });

  it('reports a truncated file', () => {
    const err = parseError('<tmx>\n<body>\n<tu><tuv><seg>abc');
    expect(err.params.line).toBe(3);
    expect(String(err.params.reason)).toMatch(/unclosed/);
  });

  it('reports an empty file and text without a root', () => {
    expect(parseError('').params.reason).toMatch(/root/);
    expect(parseError('   ').params.reason).toMatch(/root/);
  });

  it('rejects an unknown encoding declaration on line 1', () => {
    const err = parseError('<?xml version="1.0" encoding="klingon-8"?>\n<a/>');
    expect(err.params).toMatchObject({
      line: 1,
      reason: 'unknown encoding "klingon-8" in the XML declaration',
    });
  });

  it('rejects characters XML 1.0 forbids, with the line', () => {
    expect(parseError('<a>\n\n ok \u0001</a>').params).toMatchObject({ line: 3 });
  });

  it('rejects unbound prefixes on elements and attributes, accepts a prefix declared later in the tag', () => {
    expect(parseError('<a><q:b/></a>').params.reason).toBe('unbound namespace prefix: "q"');
    expect(parseError('<a q:x="1"/>').params.reason).toBe('unbound namespace prefix: "q"');
    expect(parseXml('<a q:x="1" xmlns:q="urn:q"/>', 'f.xml').attrs['q:x']).toBe('1');
  });
});

describe('streamXml', () => {
  it('builds only collected subtrees and hands over their depth', () => {
    const seen: { n: string | undefined; depth: number; text: string }[] = [];
    const { root } = streamXml(
      '<tmx version="1.4"><header/><body><tu n="1"><tuv><seg>a</seg></tuv></tu><tu n="2"/></body></tmx>',
      'f.tmx',
      {
        collect: ['tu'],
        onElement: (el, depth) => seen.push({ n: el.attrs.n, depth, text: textOf(el) }),
      },
    );
    expect(seen).toEqual([
      { n: '1', depth: 2, text: 'a' },
      { n: '2', depth: 2, text: '' },
    ]);
    expect(root.attrs.version).toBe('1.4');
    expect(root.children).toEqual([]);
  });

  it('reports the start tags outside collected subtrees through onOpen', () => {
    const opened: string[] = [];
    streamXml(
      '<xliff v="2"><file id="d1"><unit id="p0"><segment/></unit></file><file id="d2"/></xliff>',
      'f',
      {
        collect: ['unit'],
        onElement: (el) => opened.push(`unit ${el.attrs.id}`),
        onOpen: (el, depth) => opened.push(`${depth}>${el.name} ${Object.values(el.attrs).join()}`),
      },
    );
    expect(opened).toEqual(['0>xliff 2', '1>file d1', 'unit p0', '1>file d2']);
  });

  it('does not collect an element nested in a collected one separately', () => {
    const names: string[] = [];
    streamXml('<r><g><g/></g></r>', 'f', {
      collect: ['g'],
      onElement: (el) => names.push(el.name + el.children.length),
    });
    expect(names).toEqual(['g1']);
  });

  it('leaves skipped elements out of collected subtrees, still reading them as XML', () => {
    const xml = `<r><u id="1">a<p t="x">b<i>c</i></p>d<n/>e</u>\n<p t="top"/><u id="2"><p>z</p></u></r>`;
    const built: string[] = [];
    const skipped: string[] = [];
    const opened: string[] = [];
    streamXml(xml, 'in.xml', {
      collect: ['u'],
      skip: ['p', 'n'],
      onElement: (el) => built.push(`${el.attrs.id}:${textOf(el)}:${el.children.length}`),
      onSkip: (el, parent) => skipped.push(`${el.name}@${parent.attrs.id}:${el.attrs.t ?? '-'}:${el.line}`),
      onOpen: (el) => opened.push(el.name),
    });
    // The text around a skipped element joins; nothing inside it is built or handed on.
    expect(built).toEqual(['1:ade:1', '2::0']);
    expect(skipped).toEqual(['p@1:x:1', 'n@1:-:1', 'p@2:-:2']);
    // Outside collected subtrees nothing is skipped: the top-level <p> goes to onOpen as before.
    expect(opened).toEqual(['r', 'p']);
    const fail = (inner: string): AppError => {
      try {
        streamXml(`<r><u>${inner}</u></r>`, 'in.xml', { collect: ['u'], skip: ['p'], onElement: () => {} });
      } catch (e) {
        if (e instanceof AppError) return e;
      }
      throw new Error('expected a parse error');
    };
    expect(fail('<p><q></p>').params.reason).toMatch(/close tag|unexpected/);
    expect(fail('<p><x:q/></p>').params.reason).toMatch(/unbound namespace prefix/);
    expect(fail('<p>&bad;</p>').code).toBe('parse');
  });

  it('applies the same safety rules as parseXml', () => {
    expect(() =>
      streamXml('<!DOCTYPE r [<!ENTITY e "x">]><r>&e;</r>', 'f', { collect: ['r'], onElement: () => {} }),
    ).toThrow(/entity declarations are not allowed/);
  });

  // Generous timeout: the machine running the suite may be shared; the time is printed, not asserted.
  it('streams 100,000 entries', { timeout: 120_000 }, () => {
    const parts = ['<tmx><body>'];
    for (let i = 0; i < 100_000; i++)
      parts.push(`<tu tuid="${i}"><tuv xml:lang="fa-IR"><seg>متن ${i}</seg></tuv></tu>\n`);
    parts.push('</body></tmx>');
    const xml = parts.join('');
    let count = 0;
    let last = '';
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    streamXml(xml, 'big.tmx', {
      collect: ['tu'],
      onElement: (el) => {
        count++;
        last = textOf(el);
      },
    });
    const ms = performance.now() - t0;
    console.log(
      `streamXml: 100,000 tu in ${ms.toFixed(0)} ms, heap +${((process.memoryUsage().heapUsed - before) / 1e6).toFixed(1)} MB`,
    );
    expect(count).toBe(100_000);
    expect(last).toBe('متن 99999');
  });
});

describe('hostile nesting (issue 13.13)', () => {
  const nested = (depth: number, inner = 'x'): string => '<hi>'.repeat(depth) + inner + '</hi>'.repeat(depth);

  it('refuses nesting deeper than the cap with a parse error naming the file and line', () => {
    const xml = `<r>\n<seg>${nested(MAX_XML_DEPTH + 5)}</seg></r>`;
    let err: unknown;
    try {
      parseXml(xml, 'deep.tmx');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).params).toMatchObject({
      file: 'deep.tmx',
      line: 2,
      reason: `elements nested deeper than ${MAX_XML_DEPTH} levels`,
    });
  });

  it('accepts nesting up to the cap', () => {
    // The root counts as one level.
    const root = parseXml(`<r>${nested(MAX_XML_DEPTH - 1)}</r>`, 'ok.xml');
    expect(textOf(root)).toBe('x');
  });

  it('reads text 100,000 levels deep without recursion when the cap is lifted', () => {
    const root = parseXml(
      `<seg>${nested(100_000, 'deep & <ok>'.replace('&', '&amp;').replace('<', '&lt;'))}</seg>`,
      'f.xml',
      {
        maxDepth: 200_000,
      },
    );
    expect(textOf(root)).toBe('deep & <ok>');
    let text = '';
    walk(root, (t) => (text += t));
    expect(text).toBe('deep & <ok>');
  });

  it('keeps namespace scopes right across deep declarations', () => {
    const depth = 5_000;
    let xml = '<r xmlns="urn:a">';
    for (let i = 0; i < depth; i++) xml += `<p${i}:e xmlns:p${i}="urn:${i}">`;
    for (let i = depth - 1; i >= 0; i--) xml += `</p${i}:e>`;
    xml += '<tail/></r>';
    const root = parseXml(xml, 'ns.xml', { maxDepth: depth + 10 });
    let el = root.children[0] as XmlElement;
    for (let i = 0; i < 3; i++) {
      expect(el.uri).toBe(`urn:${i}`);
      el = el.children[0] as XmlElement;
    }
    expect((root.children[1] as XmlElement).uri).toBe('urn:a');
    expect(() => parseXml('<r><a xmlns:q="urn:q"/><q:b/></r>', 'f')).toThrow(/unbound namespace prefix: "q"/);
  });
});
