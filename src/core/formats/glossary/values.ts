/**
 * Value vocabularies shared by every glossary format: how statuses, term types, subjects and languages
 * are spelled in files, and how a raw cell becomes a model value. Parsers return `undefined` for "not one
 * of ours" so each reader can name the exact line or element in its rejection.
 */
import { SUBJECTS, TERM_STATUSES, TERM_TYPES } from '../../../shared/model';
import type { Lang, Subject, TermStatus, TermType } from '../../../shared/model';

/**
 * TBX administrativeStatus picklist (ISO 12620 / TBX default XCS). TBX has no "forbidden": the picklist
 * is closed, and deprecatedTerm already carries our "deprecated" (discouraged). supersededTerm ("replaced,
 * no longer to be used") is the only other standard do-not-use value, so forbidden ↔ supersededTerm keeps
 * the round trip lossless while staying a value every TBX tool understands.
 */
export const TBX_STATUS: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  deprecated: 'deprecatedTerm-admn-sts',
  forbidden: 'supersededTerm-admn-sts',
};

const STATUS_ALIASES: ReadonlyMap<string, TermStatus> = new Map<string, TermStatus>([
  ...TERM_STATUSES.map((s) => [s, s] as const),
  ['preferredterm', 'preferred'],
  ['admittedterm', 'admitted'],
  ['deprecatedterm', 'deprecated'],
  ['supersededterm', 'forbidden'],
  ['superseded', 'forbidden'],
  // Normative values: a standardised, legal or regulated term is one the translator must use.
  ['standardizedterm', 'preferred'],
  ['legalterm', 'preferred'],
  ['regulatedterm', 'preferred'],
  ['approved', 'preferred'],
  ['allowed', 'admitted'],
  ['do-not-use', 'forbidden'],
]);

/** Exact spellings we write, looked up first: this runs for every term of a 100,000-entry import. */
const EXACT_STATUS: ReadonlyMap<string, TermStatus> = new Map<string, TermStatus>([
  ...TERM_STATUSES.map((s) => [s, s] as const),
  ...TERM_STATUSES.map((s) => [TBX_STATUS[s], s] as const),
]);

/** Accepts our names, TBX picklist values with or without "-admn-sts"/"-tnnf" suffixes, any case. */
export function parseStatus(raw: string): TermStatus | undefined {
  const exact = EXACT_STATUS.get(raw);
  if (exact !== undefined) return exact;
  const v = raw.trim().toLowerCase().replace(/-(admn-sts|tnnf|nrm-auth)$/, '');
  return STATUS_ALIASES.get(v);
}

/** TBX termType spelling of our term types; only "phrase" differs (TBX: phraseologicalUnit). */
export function tbxTermType(t: TermType): string {
  return t === 'phrase' ? 'phraseologicalUnit' : t;
}

const TYPE_ALIASES: ReadonlyMap<string, TermType> = new Map<string, TermType>([
  ...TERM_TYPES.map((t) => [t.toLowerCase(), t] as const),
  ['phraseologicalunit', 'phrase'],
  ['synonymousphrase', 'phrase'],
  ['initialism', 'acronym'],
  ['clippedterm', 'shortForm'],
  ['short form', 'shortForm'],
  ['full form', 'fullForm'],
]);

// Every alias key is trimmed and lower-case, so a raw value found as it is needs no cleaning first.
export function parseTermType(raw: string): TermType | undefined {
  return TYPE_ALIASES.get(raw) ?? TYPE_ALIASES.get(raw.trim().toLowerCase());
}

const SUBJECT_ALIASES: ReadonlyMap<string, Subject> = new Map<string, Subject>([
  ...SUBJECTS.map((s) => [s, s] as const),
  ['organization', 'organisation'],
]);

export function parseSubject(raw: string): Subject | undefined {
  return SUBJECT_ALIASES.get(raw) ?? SUBJECT_ALIASES.get(raw.trim().toLowerCase());
}

export const SUBJECT_LIST = SUBJECTS.join(', ');
export const STATUS_LIST = TERM_STATUSES.join(', ');
export const TYPE_LIST = TERM_TYPES.join(', ');

/**
 * Language of a TBX xml:lang value. Only the primary subtag counts ("fa-IR", "en-GB"); ISO 639-2 codes
 * appear in older termbases. `null` = a language we do not keep (a multilingual TBX may hold de, fr…).
 */
export function parseLang(raw: string): Lang | null {
  if (raw === 'fa' || raw === 'en') return raw;
  const primary = raw.trim().toLowerCase().split(/[-_]/, 1)[0] ?? '';
  if (primary === 'fa' || primary === 'fas' || primary === 'per' || primary === 'prs') return 'fa';
  if (primary === 'en' || primary === 'eng') return 'en';
  return null;
}

/**
 * Persian term text as stored. Windows-1256 (and Arabic keyboards) give Arabic yeh/kaf/alef maksura where
 * Persian uses ی and ک; a termbase keyed on the Arabic letters would never match the corpus, so they are
 * folded on import. Nothing else is rewritten: ZWNJ and spacing variants are the matcher's concern.
 */
export function cleanPersianTerm(raw: string): string {
  const t = nfc(raw.trim());
  return ARABIC_LETTERS.test(t) ? t.replace(/[\u064a\u0649]/g, '\u06cc').replace(/\u0643/g, '\u06a9') : t;
}
const ARABIC_LETTERS = /[\u064a\u0649\u0643]/;

export function cleanEnglishTerm(raw: string): string {
  return nfc(raw.trim());
}

/**
 * text.normalize('NFC'), without asking ICU (about 0.1 µs a term) when every char is one that NFC leaves
 * alone in any company: below U+0300 (no combining marks there), ZWNJ, or in the Arabic block other than
 * its combining marks. None of these decomposes, reorders or composes with another of them
 * (values.test.ts checks each one and every pair), so such text is already NFC.
 */
export function nfc(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x0300 || c === 0x200c || (c >= 0x0600 && c <= 0x06ff && !isArabicMark(c))) continue;
    return text.normalize('NFC');
  }
  return text;
}

/** Combining marks of the Arabic block (harakat, hamza and madda above/below, Quranic marks), widely. */
function isArabicMark(c: number): boolean {
  return (
    (c >= 0x0610 && c <= 0x061a) || (c >= 0x064b && c <= 0x065f) || c === 0x0670 || (c >= 0x06d6 && c <= 0x06ed)
  );
}

export function cleanTerm(lang: Lang, raw: string): string {
  return lang === 'fa' ? cleanPersianTerm(raw) : cleanEnglishTerm(raw);
}

/** Same pattern as entryInputSchema.key in shared/api.ts (a stable id such as "rank/sarlashkar"). */
export const KEY_PATTERN = /^[a-z0-9][a-z0-9/_.-]{0,99}$/;

/** Display names used in rejection reasons ("no Persian term"). */
export const LANG_NAME: Record<Lang, string> = { fa: 'Persian', en: 'English' };
