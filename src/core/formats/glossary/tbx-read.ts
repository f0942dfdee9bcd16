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
import type { XmlElement, XmlNode } from '../xml/read';
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

/**
 * Everything gathered from one entry before it becomes an EntryInput. The lists most entries never use
 * start undefined: a 100,000-entry file made five empty arrays an entry for nothing.
 */
interface Draft {
  subject?: Subject;
  definition?: string;
  langDefinition?: Partial<Record<Lang, string>>;
  notes?: string[];
  sources?: string[];
  /** Context renderings (our `<descrip type="context">`). */
  contexts?: ContextRendering[];
  /** How many terms the entry has so far: they are terms[0 .. termCount). */
  termCount: number;
  errors?: string[];
}

/**
 * The terms of the entry being read and the line of each (for the "appears twice" message): one pair of
 * arrays for the whole file (readEntry never runs inside itself). Each entry then gets an array of its
 * own exact size, not one grown push by push.
 */
const terms: Term[] = [];
const termLines: number[] = [];

function readEntry(el: XmlElement, where: string, collector: EntryCollector): void {
  const d: Draft = { termCount: 0 };
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.local === 'langSet' || child.local === 'langSec') readLang(child, d);
    else readAux(child, d, null);
  }
  if (d.errors !== undefined) return collector.reject(where, d.errors.join('; '));

  const entry: EntryInput = { subject: d.subject ?? 'general', terms: persianFirst(d.termCount) };
  const definition = d.definition ?? d.langDefinition?.en ?? d.langDefinition?.fa;
  if (definition !== undefined) entry.definition = definition;
  if (d.notes !== undefined) entry.note = d.notes.join('\n');
  if (d.sources !== undefined) entry.source = [...new Set(d.sources)].join('; ');
  if (d.contexts !== undefined) entry.contexts = d.contexts;
  const id = el.attrs.id;
  const key = id === undefined ? undefined : decodeKeyId(id);
  if (key !== undefined) entry.key = key;
  collector.add(where, entry, id, true);
}

function fail(d: Draft, error: string): void {
  (d.errors ??= []).push(error);
}

function readLang(el: XmlElement, d: Draft): void {
  const code = el.attrs['xml:lang'] ?? el.attrs.lang;
  if (code === undefined) return fail(d, `<${el.name}> on line ${el.line} has no xml:lang`);
  const lang = parseLang(code);
  if (lang === null) return;
  for (const child of el.children) {
    if (!isElement(child)) continue;
    if (child.local === 'tig' || child.local === 'ntig' || child.local === 'termSec') readTerm(child, lang, d);
    else readAux(child, d, lang);
  }
}

/** descrip, admin and note at entry (lang === null) or language level; their Grp wrappers too. */
function readAux(el: XmlElement, d: Draft, lang: Lang | null): void {
  const local = el.local;
  if (local === 'descripGrp' || local === 'adminGrp') {
    for (const c of el.children) {
      if (isElement(c) && (c.local === 'descrip' || c.local === 'admin')) readAux(c, d, lang);
    }
    return;
  }
  if (local !== 'note' && local !== 'admin' && local !== 'descrip') return;
  const value = textIn(el).trim();
  if (value === '') return;
  const type = el.attrs.type;
  if (local === 'note') (d.notes ??= []).push(value);
  else if (local === 'admin') {
    if (type === 'source') (d.sources ??= []).push(value);
  } else if (type === 'context') {
    // Ours: "Persian phrase => English". Another tool's free-text context stays readable in the note.
    const c = parseTbxContext(value);
    if (c) (d.contexts ??= []).push(c);
    else (d.notes ??= []).push(value);
  } else if (type === 'definition') {
    if (lang === null) d.definition ??= value;
    else (d.langDefinition ??= {})[lang] ??= value;
  } else if (type === 'subjectField' && d.subject === undefined) {
    // Other tools' subject fields ("Law", "Military > Navy") are not an error: the entry files under
    // "general" and the original subject is kept in the note, so nothing is lost.
    const subject = parseSubject(value);
    if (subject === undefined) (d.notes ??= []).push(`Subject field: ${value}`);
    else d.subject = subject;
  }
}

/**
 * The parts of one term element, gathered by collectTermParts. One object for the whole file, emptied per
 * term (readTerm never runs inside itself): a 220,000-term file made four objects a term before.
 */
const parts = {
  term: undefined as XmlElement | undefined,
  /**
   * termNotes[0 .. termNoteCount) and notes[0 .. noteCount): counted rather than truncated per term, as
   * setting an array's length is a call into the runtime.
   */
  termNotes: [] as XmlElement[],
  termNoteCount: 0,
  notes: [] as XmlElement[],
  noteCount: 0,
  /** termGrp and termNoteGrp still to read. */
  groups: [] as XmlElement[],
};

/**
 * tig and termSec hold term and termNotes directly; ntig wraps them in termGrp; termNoteGrp wraps one.
 * Notes and admins count only directly in the term element. Admins are read at once (they only add to
 * the entry's sources). Groups go on a work list rather than recursion: a hostile file may nest termGrp
 * thousands deep.
 */
function collectTermParts(tig: XmlElement, lang: Lang, d: Draft): void {
  parts.term = undefined;
  parts.termNoteCount = 0;
  parts.noteCount = 0;
  const groups = parts.groups;
  for (let el: XmlElement | undefined = tig, top = true; el !== undefined; el = groups.pop(), top = false) {
    for (const c of el.children) {
      if (!isElement(c)) continue;
      const local = c.local;
      if (local === 'term') parts.term ??= c;
      else if (local === 'termNote') parts.termNotes[parts.termNoteCount++] = c;
      else if (local === 'termGrp' || local === 'termNoteGrp') groups.push(c);
      else if (top && local === 'note') parts.notes[parts.noteCount++] = c;
      else if (top && local === 'admin') readAux(c, d, lang);
    }
  }
}

function readTerm(el: XmlElement, lang: Lang, d: Draft): void {
  collectTermParts(el, lang, d);
  const termEl = parts.term;
  if (termEl === undefined) return fail(d, `<${el.name}> on line ${el.line} has no <term>`);
  const text = cleanTerm(lang, textIn(termEl));
  if (text === '') return fail(d, `empty ${LANG_NAME[lang]} <term> on line ${termEl.line}`);

  const term: Term = { lang, text, status: 'preferred' };
  for (let i = 0; i < parts.termNoteCount; i++) {
    const tn = parts.termNotes[i] as XmlElement;
    const value = textIn(tn).trim();
    const type = tn.attrs.type;
    if (type === 'administrativeStatus' || type === 'normativeAuthorization') {
      const status = parseStatus(value);
      if (status === undefined) fail(d, `${at(tn)}: unknown status "${value}" (expected one of: ${STATUS_LIST})`);
      else term.status = status;
    } else if (type === 'termType') {
      const termType = parseTermType(value);
      if (termType === undefined) fail(d, `${at(tn)}: unknown term type "${value}" (expected one of: ${TYPE_LIST})`);
      else term.termType = termType;
    } else if (type === 'partOfSpeech' && value !== '') {
      term.partOfSpeech = value;
    }
  }
  if (parts.noteCount > 0) {
    const texts = parts.notes
      .slice(0, parts.noteCount)
      .map((n) => textIn(n).trim())
      .filter(Boolean);
    if (texts.includes(TBX_LATER_NOTE)) term.later = true;
    const noteText = texts.filter((x) => x !== TBX_LATER_NOTE).join('\n');
    if (noteText !== '') term.note = noteText;
  }

  // An entry has a handful of terms: a scan is cheaper than a Map per entry.
  for (let i = 0; i < d.termCount; i++) {
    const t = terms[i] as Term;
    if (t.lang === lang && t.text === text) {
      const first = termLines[i] ?? 0;
      return fail(d, `${LANG_NAME[lang]} term "${text}" appears twice (lines ${first} and ${termEl.line})`);
    }
  }
  terms[d.termCount] = term;
  termLines[d.termCount++] = termEl.line;
}

/** The entry's `count` terms, Persian first: langSets may come in any order (or twice), and readers promise it. */
function persianFirst(count: number): Term[] {
  const own = terms.slice(0, count);
  let seenEnglish = false;
  for (const t of own) {
    if (t.lang === 'en') seenEnglish = true;
    else if (seenEnglish) return [...own.filter((x) => x.lang === 'fa'), ...own.filter((x) => x.lang === 'en')];
  }
  return own;
}

/** textOf, without its walk for the usual element: one run of text (or none). */
function textIn(el: XmlElement): string {
  const { children } = el;
  if (children.length === 0) return '';
  const only = children[0] as XmlNode;
  return children.length === 1 && !isElement(only) ? only.text : textOf(el);
}

function at(el: XmlElement): string {
  const type = el.attrs.type;
  return `<${el.name}${type === undefined ? '' : ` type="${type}"`}> on line ${el.line}`;
}
