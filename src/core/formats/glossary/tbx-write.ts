/**
 * TBX writers: v2 (`<martif type="TBX">`, what OmegaT and most CAT tools read; validates against
 * TBXcoreStructV02.dtd) and TBX-Basic v3 (`<tbx type="TBX-Basic" style="dca">`, validates against
 * TBXcoreStructV03.rng). Both share one entry shape; only element names and the header differ.
 *
 * The definition is written at entry level, not per language: the model does not say which language it
 * is in, and the core structure allows it there. No DOCTYPE is written, so no reader ever tries to fetch
 * a DTD; validators take the DTD from the command line.
 */
import type { Entry, Term } from '../../../shared/model';
import { escapeXmlAttr as attr, escapeXmlText as text } from '../xml/escape';
import { encodeKeyId } from './tbx-ids';
import type { WritableEntry } from './table-write';
import { TBX_STATUS, tbxTermType } from './values';
import { TBX_LATER_NOTE, tbxContextText } from './rule-marks';

export type TbxDialect = 'v2' | 'v3';

const NAMES = {
  v2: { entry: 'termEntry', lang: 'langSet', term: 'tig' },
  v3: { entry: 'conceptEntry', lang: 'langSec', term: 'termSec' },
} as const;

export function* writeTbx(
  entries: Iterable<WritableEntry | Entry>,
  dialect: TbxDialect,
  opts: { createdAt: Date; tool: string },
): Generator<string> {
  const it = entries[Symbol.iterator]();
  let next = it.next();
  yield header(dialect, opts);
  if (next.done === true) {
    // v3 allows a text without body. v2 requires at least one termEntry, so an empty v2 export is
    // well-formed but cannot be DTD-valid; we still write the empty body rather than invent an entry.
    yield dialect === 'v2' ? '  <text>\n    <body/>\n  </text>\n</martif>\n' : '  <text/>\n</tbx>\n';
    return;
  }
  yield '  <text>\n    <body>\n';
  const used = new Set<string>();
  for (let n = 1; next.done !== true; n++, next = it.next()) yield entryXml(next.value, n, dialect, used);
  yield `    </body>\n  </text>\n</${dialect === 'v2' ? 'martif' : 'tbx'}>\n`;
}

function header(dialect: TbxDialect, opts: { createdAt: Date; tool: string }): string {
  const fileDesc =
    '    <fileDesc>\n' +
    '      <titleStmt><title>Barabar glossary (Persian–English)</title></titleStmt>\n' +
    `      <sourceDesc><p>Exported by ${text(opts.tool)} on ${opts.createdAt.toISOString()}</p></sourceDesc>\n` +
    '    </fileDesc>\n';
  const decl = '<?xml version="1.0" encoding="UTF-8"?>\n';
  if (dialect === 'v2') {
    return `${decl}<martif type="TBX" xml:lang="en">\n  <martifHeader>\n${fileDesc}` +
      '    <encodingDesc><p type="XCSURI">TBXXCSV02.xcs</p></encodingDesc>\n  </martifHeader>\n';
  }
  return `${decl}<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">\n` +
    `  <tbxHeader>\n${fileDesc}  </tbxHeader>\n`;
}

function entryXml(e: WritableEntry | Entry, n: number, dialect: TbxDialect, used: Set<string>): string {
  const names = NAMES[dialect];
  let id = e.key !== undefined ? encodeKeyId(e.key) : e.id !== undefined ? `e${e.id}` : `n${n}`;
  // ids must be unique in the file; a repeated key (should not happen) falls back to the position.
  for (let k = 1; used.has(id); k++) id = `n${n}-${k}`;
  used.add(id);

  let out = `      <${names.entry} id="${attr(id)}">\n`;
  out += `        <descrip type="subjectField">${text(e.subject)}</descrip>\n`;
  if (e.definition !== undefined) out += `        <descrip type="definition">${text(e.definition)}</descrip>\n`;
  if (e.source !== undefined) out += `        <admin type="source">${text(e.source)}</admin>\n`;
  if (e.note !== undefined) out += `        <note>${text(e.note)}</note>\n`;
  // Context renderings have no TBX field: the "context" data category, as "Persian phrase => English".
  for (const c of e.contexts ?? []) out += `        <descrip type="context">${text(tbxContextText(c))}</descrip>\n`;
  if ('createdAt' in e) {
    out += transac('origination', e.createdBy, e.createdAt);
    out += transac('modification', e.modifiedBy, e.modifiedAt);
  }
  for (const lang of ['fa', 'en'] as const) {
    const terms = e.terms.filter((t) => t.lang === lang);
    if (terms.length === 0) continue;
    out += `        <${names.lang} xml:lang="${lang}">\n`;
    for (const t of terms) out += termXml(t, names.term);
    out += `        </${names.lang}>\n`;
  }
  return out + `      </${names.entry}>\n`;
}

function termXml(t: Term, element: string): string {
  let out = `          <${element}>\n            <term>${text(t.text)}</term>\n`;
  out += `            <termNote type="administrativeStatus">${TBX_STATUS[t.status]}</termNote>\n`;
  if (t.termType !== undefined) out += `            <termNote type="termType">${tbxTermType(t.termType)}</termNote>\n`;
  if (t.partOfSpeech !== undefined) out += `            <termNote type="partOfSpeech">${text(t.partOfSpeech)}</termNote>\n`;
  if (t.note !== undefined) out += `            <note>${text(t.note)}</note>\n`;
  if (t.later === true) out += `            <note>${TBX_LATER_NOTE}</note>\n`;
  return out + `          </${element}>\n`;
}

/** History is informative only (not read back); an unparseable timestamp is left out, not invented. */
function transac(kind: string, by: string, at: string): string {
  const date = isoDate(at);
  if (date === undefined) return '';
  return `        <transacGrp><transac type="transactionType">${kind}</transac>` +
    `<transacNote type="responsibility">${text(by)}</transacNote><date>${date}</date></transacGrp>\n`;
}

/** SQLite's "YYYY-MM-DD HH:MM:SS" (UTC) or ISO 8601 → xsd:dateTime, which TBX v3 requires. */
function isoDate(s: string): string | undefined {
  const iso = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(s) ? `${s.replace(' ', 'T')}Z` : s;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
