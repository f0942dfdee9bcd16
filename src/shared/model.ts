/** Data shapes shared by the services, the three doors and the renderer. Plain data only. */

export const SEGMENT_STATUSES = ['new', 'draft', 'translated', 'reviewed', 'final'] as const;
/** new: no target; draft: typed, not confirmed; translated: confirmed by Ctrl+Enter; reviewed/final: later stages. */
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

/** The file a document was imported from: plain text, a Word .docx or a web page. */
export const SOURCE_FORMATS = ['txt', 'docx', 'html'] as const;
export type SourceFormat = (typeof SOURCE_FORMATS)[number];

export interface DocumentSummary {
  id: number;
  name: string;
  sourceFormat: SourceFormat;
  segmentCount: number;
  /** Segments with any target text (draft or better). */
  draftedCount: number;
  /** Segments confirmed (translated, reviewed or final). */
  confirmedCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Segment {
  index: number;
  paragraph: number;
  source: string;
  target: string;
  status: SegmentStatus;
  updatedAt: string;
}

/** One comment of a segment's thread (review notes, questions to the translator). */
export interface SegmentComment {
  id: number;
  documentId: number;
  index: number;
  author: string;
  /** ISO time. */
  at: string;
  text: string;
  resolved: boolean;
}

export interface DocumentDetail extends DocumentSummary {
  /** The decoded text as imported (BOM removed, never rewritten). */
  text: string;
  segments: Segment[];
}

export const TERM_STATUSES = ['preferred', 'admitted', 'deprecated', 'forbidden'] as const;
export type TermStatus = (typeof TERM_STATUSES)[number];

export const TERM_TYPES = ['fullForm', 'acronym', 'abbreviation', 'variant', 'shortForm', 'phrase'] as const;
export type TermType = (typeof TERM_TYPES)[number];

export const SUBJECTS = [
  'rank',
  'organisation',
  'institution',
  'agreement',
  'place',
  'person',
  'media',
  'military',
  'politics',
  'economy',
  'general',
] as const;
export type Subject = (typeof SUBJECTS)[number];

export type Lang = 'fa' | 'en';

export interface Term {
  id?: number;
  lang: Lang;
  text: string;
  status: TermStatus;
  partOfSpeech?: string | undefined;
  termType?: TermType | undefined;
  note?: string | undefined;
  /**
   * A short form for second and later mentions in a document ("Khrenin", "JCPOA"): the first mention must
   * use another allowed term of the entry (the full form). Only meaningful on preferred/admitted terms.
   */
  later?: boolean | undefined;
}

/**
 * A Persian phrase that as a whole has its own English («توافق‌نامه برجام» → "the JCPOA"): where the phrase
 * is in the source and its English in the target, the glossary terms inside the phrase count as rendered.
 */
export interface ContextRendering {
  fa: string;
  en: string;
}

export interface EntryInput {
  /** Stable id from the shared termbase file (e.g. "rank/sarlashkar"); lets a re-sync update instead of duplicate. */
  key?: string | undefined;
  subject: Subject;
  definition?: string | undefined;
  note?: string | undefined;
  source?: string | undefined;
  terms: Term[];
  contexts?: ContextRendering[] | undefined;
}

export interface Entry extends EntryInput {
  id: number;
  createdAt: string;
  createdBy: string;
  modifiedAt: string;
  modifiedBy: string;
}

export interface EntryChange {
  entryId: number;
  at: string;
  by: string;
  action: 'create' | 'update' | 'delete' | 'import';
  /** JSON of the entry before the change (null on create). */
  before: Entry | null;
}

export interface ImportRowReport {
  /** 1-based line for text formats, element path for XML formats. */
  where: string;
  reason: string;
  /** For a conflict: what the import did about it under the chosen strategy. */
  action?: ConflictAction | undefined;
}

/**
 * What a glossary import does with a row whose Persian term we already render with another preferred
 * English: refuse the whole import (the default), keep ours, take theirs, or keep ours and add their
 * English as admitted renderings.
 */
export const CONFLICT_STRATEGIES = ['fail', 'skip', 'replace', 'add-as-admitted'] as const;
export type ConflictStrategy = (typeof CONFLICT_STRATEGIES)[number];
export type ConflictAction = 'failed' | 'skipped' | 'replaced' | 'added-as-admitted';

/**
 * Why an exchange-file unit was not imported (core/formats/bilingual/skipped.ts): no Persian/English pair,
 * nothing visible in a side, or a target that is a copy of the source or in Arabic script
 * (core/text/untranslated.ts).
 */
export type ImportSkipReason =
  'no_pair' | 'empty_source' | 'empty_target' | 'copies_source' | 'arabic_script';
/** Count per reason; reasons that did not occur are absent. */
export type ImportSkipped = Partial<Record<ImportSkipReason, number>>;

export interface GlossaryImportReport {
  file: string;
  format: string;
  added: number;
  updated: number;
  unchanged: number;
  /** Every conflict found, with what was done about it. */
  conflicts: ImportRowReport[];
  onConflict: ConflictStrategy;
  /** A preview: the counts say what an import would do; nothing was written. */
  dryRun: boolean;
  rejected: ImportRowReport[];
  /** false when anything was rejected, or conflicting under "fail": nothing was written. */
  applied: boolean;
}

export interface TermHit {
  start: number;
  end: number;
  /** As written in the text. */
  text: string;
  /** The Persian term as written in the glossary. */
  term: string;
  english: string;
  entry: number;
  inflected: boolean;
}

export const QA_SEVERITIES = ['error', 'warning', 'info'] as const;
export type QaSeverity = (typeof QA_SEVERITIES)[number];

export interface QaIssue {
  /** Stable id of the check, e.g. "term-missing". */
  check: string;
  severity: QaSeverity;
  documentId: number;
  document: string;
  segment: number;
  /** i18n key of the message and its parameters. */
  message: string;
  params: Record<string, string | number>;
  /** The offending text (target or source excerpt). */
  text: string;
  /** Stable fingerprint so "not an error" decisions survive re-runs. */
  key: string;
  ignored: boolean;
}

/** How one check runs under a QA profile: switched off, or on with its severity (possibly changed). */
export interface QaCheckSetting {
  enabled: boolean;
  severity: QaSeverity;
}

/** A team's QA settings: every check id known to the engine, in a small JSON file teams can share. */
export interface QaProfile {
  checks: Record<string, QaCheckSetting>;
}

export const EXPORT_FORMATS = ['tmx', 'xliff', 'xliff12', 'tsv', 'csv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The finished English article: plain text, Word, or a web page ("html" is the bilingual sheet). */
export const ARTICLE_FORMATS = ['txt', 'docx', 'html-target'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/**
 * What an article export does with a segment that is not confirmed: refuse (the default, so nothing
 * half-done leaves by accident), leave it out, keep its draft, or show the Persian source in a marked span.
 */
export const UNCONFIRMED_POLICIES = ['refuse', 'omit', 'draft', 'source'] as const;
export type UnconfirmedPolicy = (typeof UNCONFIRMED_POLICIES)[number];

/** Which segments a bilingual export carries: confirmed = translated, reviewed or final. */
export const EXPORT_STATUS_FILTERS = ['confirmed', 'all'] as const;
export type ExportStatusFilter = (typeof EXPORT_STATUS_FILTERS)[number];

export interface LeftOutSegments {
  document: string;
  /** 1-based segment numbers. */
  segments: number[];
}

export interface ReviewImportReport {
  file: string;
  documentId: number;
  document: string;
  /** Segments whose English was replaced; each is now "reviewed". */
  applied: { segment: number; before: string; after: string }[];
  unchanged: number;
  /** Rows whose English cell was emptied: left as they were. */
  emptied: number[];
  comments: { segment: number; comment: string }[];
  /** Comments stored on their segments (a note the segment already has is not added again). */
  commentsAdded: number;
  /** A preview: nothing was written. */
  dryRun: boolean;
}

export const GLOSSARY_FORMATS = ['tsv', 'csv', 'tbx', 'tbx-basic'] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];
