/**
 * Streaming TBX reader for both dialects: v2 (martif/termEntry/langSet/tig|ntig) and v3
 * (tbx/conceptEntry/langSec/termSec). Each entry is built as a small subtree by streamXml and dropped
 * once read, so memory stays flat however many entries the file has. Unsafe XML (entity declarations,
 * unclosed tags) is rejected by the XML layer as a whole-file AppError.
 *
 * What is kept: subjectField, definition (entry level, else English, else Persian), source (admin),
 * notes (entry and language level become the entry note; term level the term note), and per term
 * administrativeStatus (or the older normativeAuthorization), termType and partOfSpeech. Languages other
 * than Persian and English, and data categories we have no field for, are skipped without complaint.
 */
import { AppError } from '../../../shared/errors';
import type { ContextRendering, EntryInput, Lang, Subject, Term } from '../../../shared/model';
import { isElement, streamXmlSteps, textOf } from '../xml/read';
import type { XmlElement } from '../xml/read';
import type { EntryCollector } from './entry-collector';
import { parseTbxContext, TBX_LATER_NOTE } from './rule-marks';
import { decodeKeyId } from './tbx-ids';
import {
  LANG_NAME,
  STATUS_LIST,
  TYPE_LIST,
  cleanTerm,
  parseLang,
  parseStatus,
  parseSubject,
  parseTermType,
} from './values';

/** Yields after each piece of the text (see streamXmlSteps); returns the dialect its root names. */
export function* readTbx(
  xml: string | Iterable<string>,
  file: string, collector: EntryCollector): Generator<void, 'tbx' | 'tbx-basic'> {
  let n = 0;
  let dialect: 'tbx' | 'tbx-basic' | undefined;
  const { root } = yield* streamXmlSteps(xml, file, {
    collect: ['termEntry', 'conceptEntry'],
    // The root is checked at its start tag, so a 50 MB TMX picked by mistake fails at once.
    onOpen: (el, depth) => {
      if (depth === 0) dialect = rootDialect(el, file);
    },
    onElement: (el) => {
      n++;
      readEntry(el, `${el.local} #${n} (line ${el.line})`, collector);
    },
  });
  // A root that is itself a termEntry never reaches onOpen.
  return dialect ?? rootDialect(root, file);
}

function rootDialect(root: XmlElement, file: string): 'tbx' | 'tbx-basic' {
  if (root.local === 'martif') return 'tbx';
  if (root.local === 'tbx') return 'tbx-basic';
  throw new AppError('parse', {
    file,
    line: root.line,
    element: root.name,
    reason: `not a TBX file: the root element is <${root.name}>, expected <martif> (TBX v2) or <tbx> (TBX v3)`,
  });
}

/** Everything gathered from one entry before it becomes an EntryInput. */
interface Draft {
  subject?: Subject;
  definition?: string;
  langDefinition: Partial<Record<Lang, string>>;
  notes: string[];
  sources: string[];
  /** Context renderings (our `<descrip type="context">`). */
  contexts: ContextRendering[];
  terms: Term[];
  /** Line of each term in `terms`, for the "appears twice" message. */
  termLines: number[];
  errors: string[];
}

function readEntry(el: XmlElement, where: string, collector: EntryCollector): void {
  const d: Draft = { langDefinition: {}, notes: [], sources: [], contexts: [], terms: [], termLines: [], errors: [] };
  for (const child of elements(el)) {
    if (child.local === 'langSet' || child.local === 'langSec') readLang(child, d);
    else readAux(child, d, null);
  }
  if (d.errors.length > 0) return collector.reject(where, d.errors.join('; '));

  const terms = persianFirst(d.terms);
  const entry: EntryInput = { subject: d.subject ?? 'general', terms };
  const definition = d.definition ?? d.langDefinition.en ?? d.langDefinition.fa;
  if (definition !== undefined) entry.definition = definition;
  if (d.notes.length > 0) entry.note = d.notes.join('\n');
  if (d.sources.length > 0) entry.source = [...new Set(d.sources)].join('; ');
  if (d.contexts.length > 0) entry.contexts = d.contexts;
  const id = el.attrs.id;
  const key = id === undefined ? undefined : decodeKeyId(id);
  if (key !== undefined) entry.key = key;
  collector.add(where, entry, id, true);
}

function readLang(el: XmlElement, d: Draft): void {
  const code = el.attrs['xml:lang'] ?? el.attrs.lang;
  if (code === undefined) {
    d.errors.push(`<${el.name}> on line ${el.line} has no xml:lang`);
    return;
  }
  const lang = parseLang(code);
  if (lang === null) return;
  for (const child of elements(el)) {
    if (child.local === 'tig' || child.local === 'ntig' || child.local === 'termSec') readTerm(child, lang, d);
    else readAux(child, d, lang);
  }
}

/** descrip, admin and note at entry (lang === null) or language level; their Grp wrappers too. */
function readAux(el: XmlElement, d: Draft, lang: Lang | null): void {
  const local = el.local;
  if (local === 'descripGrp' || local === 'adminGrp') {
    for (const c of elements(el)) if (c.local === 'descrip' || c.local === 'admin') readAux(c, d, lang);
    return;
  }
  if (local !== 'note' && local !== 'admin' && local !== 'descrip') return;
  const value = textOf(el).trim();
  if (value === '') return;
  const type = el.attrs.type;
  if (local === 'note') d.notes.push(value);
  else if (local === 'admin') {
    if (type === 'source') d.sources.push(value);
  } else if (type === 'context') {
    // Ours: "Persian phrase => English". Another tool's free-text context stays readable in the note.
    const c = parseTbxContext(value);
    if (c) d.contexts.push(c);
    else d.notes.push(value);
  } else if (type === 'definition') {
    if (lang === null) d.definition ??= value;
    else d.langDefinition[lang] ??= value;
  } else if (type === 'subjectField' && d.subject === undefined) {
    // Other tools' subject fields ("Law", "Military > Navy") are not an error: the entry files under
    // "general" and the original subject is kept in the note, so nothing is lost.
    const subject = parseSubject(value);
    if (subject === undefined) d.notes.push(`Subject field: ${value}`);
    else d.subject = subject;
  }
}

interface TermParts {
  term?: XmlElement;
  notes: XmlElement[];
  termNotes: XmlElement[];
  admins: XmlElement[];
}

/**
 * tig and termSec hold term and termNotes directly; ntig wraps them in termGrp; termNoteGrp wraps one.
 * A work list rather than recursion: a hostile file may nest termGrp thousands deep.
 */
function collectTermParts(tig: XmlElement, parts: TermParts): void {
  const pending: { el: XmlElement; top: boolean }[] = [{ el: tig, top: true }];
  for (let job = pending.pop(); job !== undefined; job = pending.pop()) {
    const { el, top } = job;
    for (const c of el.children) {
      if (!isElement(c)) continue;
      if (c.local === 'term') parts.term ??= c;
      else if (c.local === 'termNote') parts.termNotes.push(c);
      else if (c.local === 'termGrp' || c.local === 'termNoteGrp') pending.push({ el: c, top: false });
      else if (top && c.local === 'note') parts.notes.push(c);
      else if (top && c.local === 'admin') parts.admins.push(c);
    }
  }
}

function readTerm(el: XmlElement, lang: Lang, d: Draft): void {
  const parts: TermParts = { notes: [], termNotes: [], admins: [] };
  collectTermParts(el, parts);
  for (const admin of parts.admins) readAux(admin, d, lang);
  const termEl = parts.term;
  if (termEl === undefined) return void d.errors.push(`<${el.name}> on line ${el.line} has no <term>`);
  const text = cleanTerm(lang, textOf(termEl));
  if (text === '') return void d.errors.push(`empty ${LANG_NAME[lang]} <term> on line ${termEl.line}`);

  const term: Term = { lang, text, status: 'preferred' };
  for (const tn of parts.termNotes) {
    const value = textOf(tn).trim();
    const type = tn.attrs.type;
    if (type === 'administrativeStatus' || type === 'normativeAuthorization') {
      const status = parseStatus(value);
      if (status === undefined) d.errors.push(`${at(tn)}: unknown status "${value}" (expected one of: ${STATUS_LIST})`);
      else term.status = status;
    } else if (type === 'termType') {
      const termType = parseTermType(value);
      if (termType === undefined) d.errors.push(`${at(tn)}: unknown term type "${value}" (expected one of: ${TYPE_LIST})`);
      else term.termType = termType;
    } else if (type === 'partOfSpeech' && value !== '') {
      term.partOfSpeech = value;
    }
  }
  if (parts.notes.length > 0) {
    const texts = parts.notes.map((n) => textOf(n).trim()).filter(Boolean);
    if (texts.includes(TBX_LATER_NOTE)) term.later = true;
    const noteText = texts.filter((x) => x !== TBX_LATER_NOTE).join('\n');
    if (noteText !== '') term.note = noteText;
  }

  // An entry has a handful of terms: a scan is cheaper than a Map per entry.
  const twin = d.terms.findIndex((t) => t.lang === lang && t.text === text);
  if (twin !== -1) {
    d.errors.push(`${LANG_NAME[lang]} term "${text}" appears twice (lines ${d.termLines[twin] ?? 0} and ${termEl.line})`);
    return;
  }
  d.termLines.push(termEl.line);
  d.terms.push(term);
}

/** langSets may come in any order (or twice); readers promise Persian terms first. */
function persianFirst(terms: Term[]): Term[] {
  const firstEn = terms.findIndex((t) => t.lang === 'en');
  if (firstEn === -1 || !terms.some((t, i) => i > firstEn && t.lang === 'fa')) return terms;
  return [...terms.filter((t) => t.lang === 'fa'), ...terms.filter((t) => t.lang === 'en')];
}

function elements(el: XmlElement): XmlElement[] {
  return el.children.filter(isElement);
}

function at(el: XmlElement): string {
  const type = el.attrs.type;
  return `<${el.name}${type === undefined ? '' : ` type="${type}"`}> on line ${el.line}`;
}
