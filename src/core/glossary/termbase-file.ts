/**
 * The shipped termbase's text format (glossary/barabar.termbase; spec in glossary/README.md).
 *
 * One `[key]` block per entry and one `field: value` per line, so a reviewed change to one term is a
 * one-line git diff, and entries sorted by key so two people adding different entries rarely touch the
 * same lines. The serializer writes the one canonical form (fixed field order, terms grouped fa → en and
 * by status, `preferred` implicit, values trimmed), and serialize(parse(canonical)) === canonical.
 */
import { AppError } from '../../shared/errors';
import type { ContextRendering, EntryInput, Lang, Subject, Term, TermStatus } from '../../shared/model';
import { SUBJECTS, TERM_STATUSES, TERM_TYPES } from '../../shared/model';
import { termKey } from '../text/normalize';
import { TERM_STATUS_RANK } from './term-status';

export interface TermbaseFileEntry {
  key: string;
  /** 1-based line of the `[key]` header. */
  line: number;
  entry: EntryInput & { key: string };
}

// Same limits as entryInputSchema in shared/api.ts, checked here so a bad file fails with a line number
// instead of a schema error after the whole file was read.
const KEY_PATTERN = /^[a-z0-9][a-z0-9/_.-]{0,99}$/;
const MAX_TERM = 500;
const MAX_TEXT = 2_000;
const MAX_POS = 40;
const MAX_TERMS = 50;
const MAX_CONTEXTS = 50;
/** Separates the Persian phrase from its English on a `context:` line. */
const CONTEXT_ARROW = ' => ';
const ARABIC_SCRIPT = /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/;
const MERGE_MARKER = /^(?:<{7}|={7}|>{7}|\|{7})(?:\s|$)/;

const TEXT_FIELDS = ['definition', 'note', 'source'] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** Written at the top of every serialized file; parsing skips it like any other comment. */
export const TERMBASE_FILE_HEADER = [
  '# Barabar termbase: the approved Persian -> English renderings, reviewed and merged in git.',
  '# Format (glossary/README.md has the full description):',
  '#   [subject/slug]    starts an entry: lowercase ASCII key, never renamed; entries sorted by key',
  `#   subject: ...      one of: ${SUBJECTS.join(', ')}`,
  '#   fa: ... / en: ... one term per line (Persian in standard spelling, ZWNJ where standard), then',
  '#                     optional " | "-separated attributes: a status (preferred is the default;',
  `#                     ${TERM_STATUSES.slice(1).join(', ')}), a term type`,
  `#                     (${TERM_TYPES.join(', ')}), "later" (only for second and later`,
  '#                     mentions in a document: the first mention uses a full form), pos=..., note=...',
  '#   context: fa phrase => English   optional, repeatable: a Persian phrase with its own English,',
  '#                     which counts as rendering the glossary terms inside it',
  '#   definition: ... / note: ... / source: ...   optional, one line each',
  '# In values \\n is a line break, \\| a "|" inside a term line, \\\\ a backslash.',
  '# A blank line ends an entry. A Persian term (ignoring spaces, ZWNJ and Arabic letter forms) may have',
  '# a given preferred English only once in the file. Comments are for reviewers: serializing writes this',
  '# header and the entries only.',
  '',
].join('\n');

interface Draft {
  key: string;
  line: number;
  subject?: Subject;
  text: Partial<Record<TextField, string>>;
  fieldLines: Map<string, number>;
  terms: { term: Term; line: number }[];
  contexts: ContextRendering[];
}

type Fail = (line: number, reason: string) => never;

/** Parses a termbase file; throws AppError('parse', { file, line, reason }) at the first bad line. */
export function parseTermbaseFile(text: string, file: string): TermbaseFileEntry[] {
  const fail: Fail = (line, reason) => {
    throw new AppError('parse', { file, line, reason });
  };
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\n|\r/);
  const out: TermbaseFileEntry[] = [];
  const keyLines = new Map<string, number>();
  const identities = new IdentityIndex();
  let draft: Draft | null = null;
  // A blank line ends the block, but the block is only checked at the next header (or the end), so a
  // stray blank line inside a block is reported at the field after it, not as "no en: term".
  let blankAfterDraft = 0;
  const close = (): void => {
    if (draft) out.push(finishDraft(draft, fail, identities));
    draft = null;
    blankAfterDraft = 0;
  };

  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const line = (lines[i] ?? '').trim();
    if (line === '') {
      if (draft && blankAfterDraft === 0) blankAfterDraft = n;
      continue;
    }
    if (line.startsWith('#')) continue;
    if (MERGE_MARKER.test(line)) fail(n, 'unresolved git merge conflict marker');
    if (line.startsWith('[')) {
      close();
      const key = /^\[(.*)\]$/.exec(line)?.[1]?.trim() ?? fail(n, 'a header line is "[key]" with nothing after the "]"');
      if (!KEY_PATTERN.test(key)) fail(n, `bad key "${key}": lowercase ASCII letters, digits and / _ . - (e.g. rank/sarlashkar)`);
      const first = keyLines.get(key);
      if (first !== undefined) fail(n, `duplicate key [${key}], first used on line ${first}`);
      keyLines.set(key, n);
      draft = { key, line: n, text: {}, fieldLines: new Map(), terms: [], contexts: [] };
      continue;
    }
    const field = /^([A-Za-z_-]+)\s*:(.*)$/.exec(line) ?? fail(n, 'expected "field: value", a "[key]" header or a "#" comment');
    const [, name = '', raw = ''] = field;
    const current: Draft = draft ?? fail(n, `"${name}:" outside an entry: start the block with a [key] header`);
    if (blankAfterDraft !== 0) fail(n, `"${name}:" is outside an entry: the blank line ${blankAfterDraft} ended [${current.key}]`);
    addField(current, name, raw, n, fail);
  }
  close();
  return out;
}

function addField(draft: Draft, name: string, raw: string, n: number, fail: Fail): void {
  if (name === 'fa' || name === 'en') {
    draft.terms.push({ term: parseTermValue(name, raw, n, fail), line: n });
    if (draft.terms.length > MAX_TERMS) fail(n, `more than ${MAX_TERMS} terms in one entry`);
    return;
  }
  if (name === 'context') {
    draft.contexts.push(parseContext(unescapeValue(raw, n, fail).trim(), n, fail));
    if (draft.contexts.length > MAX_CONTEXTS) fail(n, `more than ${MAX_CONTEXTS} contexts in one entry`);
    return;
  }
  if (name !== 'subject' && !isOneOf(TEXT_FIELDS, name)) {
    fail(n, `unknown field "${name}" (expected subject, fa, en, context, definition, note or source)`);
  }
  const first = draft.fieldLines.get(name);
  if (first !== undefined) fail(n, `second "${name}:" in [${draft.key}], first on line ${first}`);
  draft.fieldLines.set(name, n);
  const value = unescapeValue(raw, n, fail).trim();
  if (value === '') fail(n, `"${name}:" has no value (leave the line out instead)`);
  if (name === 'subject') {
    if (!isOneOf(SUBJECTS, value)) return fail(n, `unknown subject "${value}" (expected one of: ${SUBJECTS.join(', ')})`);
    draft.subject = value;
    return;
  }
  if (value.length > MAX_TEXT) fail(n, `"${name}:" is longer than ${MAX_TEXT} characters`);
  if (isOneOf(TEXT_FIELDS, name)) draft.text[name] = value;
}

function parseContext(value: string, n: number, fail: Fail): ContextRendering {
  const at = value.indexOf(CONTEXT_ARROW.trim());
  if (at < 0) fail(n, '"context:" is "Persian phrase => English"');
  const fa = value.slice(0, at).trim();
  const en = value.slice(at + CONTEXT_ARROW.trim().length).trim();
  if (fa === '' || en === '') fail(n, '"context:" needs a Persian phrase and its English on both sides of "=>"');
  if (!ARABIC_SCRIPT.test(fa)) fail(n, `context phrase "${fa}" has no Persian letters`);
  if (ARABIC_SCRIPT.test(en)) fail(n, `the English of a context ("${en}") contains Persian letters`);
  if (fa.length > MAX_TERM || en.length > MAX_TERM) fail(n, `context longer than ${MAX_TERM} characters`);
  return { fa, en };
}

function parseTermValue(lang: Lang, raw: string, n: number, fail: Fail): Term {
  const [first = '', ...attrs] = splitPipes(raw).map((part) => unescapeValue(part, n, fail).trim());
  if (first === '') fail(n, `"${lang}:" has no term`);
  if (first.length > MAX_TERM) fail(n, `term longer than ${MAX_TERM} characters`);
  if (lang === 'en' && ARABIC_SCRIPT.test(first)) fail(n, `English term "${first}" contains Persian letters: should it be an "fa:" line?`);
  const term: Term = { lang, text: first, status: 'preferred' };
  let status: TermStatus | undefined;
  for (const attr of attrs) {
    const kv = /^(pos|note)\s*=(.*)$/.exec(attr);
    if (kv) {
      const [, k = '', v = ''] = kv;
      const value = v.trim();
      if (value === '') fail(n, `"${k}=" has no value`);
      const prop = k === 'pos' ? 'partOfSpeech' : 'note';
      if (term[prop] !== undefined) fail(n, `"${k}=" given twice`);
      if (value.length > (k === 'pos' ? MAX_POS : MAX_TEXT)) fail(n, `"${k}=" is too long`);
      term[prop] = value;
    } else if (attr === 'later') {
      if (term.later) fail(n, '"later" given twice');
      term.later = true;
    } else if (isOneOf(TERM_STATUSES, attr)) {
      if (status !== undefined) fail(n, `two statuses ("${status}", "${attr}") on one term`);
      status = attr;
    } else if (isOneOf(TERM_TYPES, attr)) {
      if (term.termType !== undefined) fail(n, `two term types ("${term.termType}", "${attr}") on one term`);
      term.termType = attr;
    } else {
      fail(
        n,
        `unknown term attribute "${attr}" (expected a status: ${TERM_STATUSES.join(', ')}; a term type: ${TERM_TYPES.join(', ')}; "later"; pos=… or note=…)`,
      );
    }
  }
  if (status !== undefined) term.status = status;
  return term;
}

function finishDraft(draft: Draft, fail: Fail, identities: IdentityIndex): TermbaseFileEntry {
  const subject = draft.subject ?? fail(draft.line, `[${draft.key}] has no "subject:" line`);
  for (const lang of ['fa', 'en'] as const) {
    if (!draft.terms.some((t) => t.term.lang === lang)) fail(draft.line, `[${draft.key}] has no "${lang}:" term`);
  }
  const terms = draft.terms.map((t) => t.term);
  identities.addEntry(
    draft.key,
    terms,
    draft.terms.map((t) => t.line),
    (line, reason) => fail(line ?? draft.line, reason),
  );
  const entry: EntryInput & { key: string } = { key: draft.key, subject, terms };
  if (draft.contexts.length > 0) entry.contexts = draft.contexts;
  for (const f of TEXT_FIELDS) if (draft.text[f] !== undefined) entry[f] = draft.text[f];
  return { key: draft.key, line: draft.line, entry };
}

/**
 * The duplicate rule: one Persian term (by its match key, so «رئیس‌جمهور» and «رئیس جمهور» are one) may
 * stand for one preferred English rendering only once in the file. The same Persian term with another
 * preferred English (a homograph: «شورای امنیت» of the UN and of Belarus) is a different entry and allowed.
 */
class IdentityIndex {
  private readonly pairs = new Map<string, { key: string; line: number | undefined }>();

  /** `lines[i]` is the file line of `terms[i]` (absent when serializing, where there are no lines yet). */
  addEntry(key: string, terms: readonly Term[], lines: readonly number[] | undefined, fail: (line: number | undefined, reason: string) => never): void {
    const faSeen = new Map<string, number>();
    const enSeen = new Map<string, number>();
    const preferredEn: number[] = [];
    const enKeys: string[] = [];
    const onLine = (i: number | undefined): string => (i === undefined || lines?.[i] === undefined ? '' : ` on line ${lines[i]}`);
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i] as Term;
      if (t.lang === 'fa') {
        const k = termKey(t.text);
        if (k === '') fail(lines?.[i], `Persian term «${t.text}» has no letters or digits to match on`);
        const prev = faSeen.get(k);
        if (prev !== undefined) fail(lines?.[i], `«${t.text}» is the same term as «${terms[prev]?.text}»${onLine(prev)} (spacing, ZWNJ and Arabic letter forms do not count)`);
        faSeen.set(k, i);
      } else {
        const k = englishSpelling(t.text);
        if (enSeen.has(k)) fail(lines?.[i], `English term "${t.text}" is given twice in [${key}]${onLine(i)}`);
        enSeen.set(k, i);
        if (t.status === 'preferred') {
          preferredEn.push(i);
          enKeys.push(k);
        }
      }
    }
    for (const [faKey, fa] of faSeen) {
      for (let j = 0; j < preferredEn.length; j++) {
        const pair = `${faKey}\u0000${enKeys[j]}`;
        const prev = this.pairs.get(pair);
        if (prev) {
          const where = prev.line === undefined ? '' : ` (line ${prev.line})`;
          fail(lines?.[fa], `«${terms[fa]?.text}» → "${terms[preferredEn[j] as number]?.text}" is already an entry: [${prev.key}]${where}`);
        }
        this.pairs.set(pair, { key, line: lines?.[fa] });
      }
    }
  }
}

/**
 * Duplicate English spellings inside one entry: only case and spacing are ignored. Finer than the database
 * identity (term-keys.ts englishKey), on purpose: an entry lists "Vice President" and "Vice-President" as
 * two spellings of one concept.
 */
function englishSpelling(text: string): string {
  const lower = text.toLowerCase();
  return /\s\s|[^\S ]/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** Splits a term line's value on "|" not preceded by a backslash escape. */
function splitPipes(raw: string): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') i++;
    else if (c === '|') {
      parts.push(raw.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(raw.slice(start));
  return parts;
}

function unescapeValue(raw: string, n: number, fail: Fail): string {
  if (!raw.includes('\\')) return raw;
  return raw.replace(/\\(.?)/g, (_, c: string) => {
    if (c === 'n') return '\n';
    if (c === 'r') return '\r';
    if (c === '\\' || c === '|') return c;
    return fail(n, `unknown escape "\\${c}" (use \\n, \\| or \\\\)`);
  });
}

function escapeValue(value: string, inTermLine: boolean): string {
  const escaped = value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return inTermLine ? escaped.replace(/\|/g, '\\|') : escaped;
}

/**
 * Writes entries in the canonical form: sorted by key, fixed field order, terms fa before en and by
 * status. Entries without a key get `subject/slug-of-the-preferred-english` (made unique with -2, -3…).
 * Throws AppError('validation' | 'conflict') for anything parseTermbaseFile would reject.
 */
export function serializeTermbaseFile(entries: readonly EntryInput[]): string {
  const keyed = assignKeys(entries);
  const identities = new IdentityIndex();
  const blocks = keyed.map(({ key, entry, index }) => {
    const field = `entries[${index}]`;
    if (!isOneOf(SUBJECTS, entry.subject)) throw new AppError('validation', { field: `${field}.subject`, message: `unknown subject "${entry.subject}"` });
    const terms = entry.terms
      .map((t) => ({ ...t, text: t.text.trim() }))
      .sort((a, b) => (a.lang === b.lang ? TERM_STATUS_RANK[a.status] - TERM_STATUS_RANK[b.status] : a.lang === 'fa' ? -1 : 1));
    for (const lang of ['fa', 'en'] as const) {
      if (!terms.some((t) => t.lang === lang)) throw new AppError('validation', { field: `${field}.terms`, message: `[${key}] has no ${lang} term` });
    }
    if (terms.some((t) => t.text === '')) throw new AppError('validation', { field: `${field}.terms`, message: `[${key}] has an empty term` });
    identities.addEntry(key, terms, undefined, (_line, reason) => {
      throw new AppError('conflict', { field: `${field}.terms`, value: reason });
    });
    const lines = [`[${key}]`, `subject: ${entry.subject}`, ...terms.map(termLine)];
    for (const c of entry.contexts ?? []) {
      if (c.fa.trim() === '' || c.en.trim() === '') throw new AppError('validation', { field: `${field}.contexts`, message: `[${key}] has an empty context` });
      lines.push(`context: ${escapeValue(c.fa.trim(), false)}${CONTEXT_ARROW}${escapeValue(c.en.trim(), false)}`);
    }
    for (const f of TEXT_FIELDS) {
      const value = entry[f]?.trim();
      if (value) lines.push(`${f}: ${escapeValue(value, false)}`);
    }
    return { key, text: lines.join('\n') };
  });
  blocks.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  // The header ends in one newline; a blank line separates it and every block from the next.
  return [TERMBASE_FILE_HEADER, ...blocks.map((b) => b.text + '\n')].join('\n');
}

function termLine(t: Term): string {
  const parts = [escapeValue(t.text, true)];
  if (t.status !== 'preferred') parts.push(t.status);
  if (t.termType) parts.push(t.termType);
  if (t.later) parts.push('later');
  const pos = t.partOfSpeech?.trim();
  if (pos) parts.push(`pos=${escapeValue(pos, true)}`);
  const note = t.note?.trim();
  if (note) parts.push(`note=${escapeValue(note, true)}`);
  return `${t.lang}: ${parts.join(' | ')}`;
}

function assignKeys(entries: readonly EntryInput[]): { key: string; entry: EntryInput; index: number }[] {
  const used = new Set<string>();
  entries.forEach((e, index) => {
    if (e.key === undefined) return;
    if (!KEY_PATTERN.test(e.key)) throw new AppError('validation', { field: `entries[${index}].key`, message: `bad key "${e.key}"` });
    if (used.has(e.key)) throw new AppError('conflict', { field: `entries[${index}].key`, value: e.key });
    used.add(e.key);
  });
  return entries.map((entry, index) => {
    if (entry.key !== undefined) return { key: entry.key, entry, index };
    const english = entry.terms.find((t) => t.lang === 'en' && t.status === 'preferred') ?? entry.terms.find((t) => t.lang === 'en');
    const base = `${entry.subject}/${slug(english?.text ?? '')}`;
    let key = base;
    for (let i = 2; used.has(key); i++) key = `${base}-${i}`;
    used.add(key);
    return { key, entry, index };
  });
}

function slug(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return ascii || 'entry';
}
