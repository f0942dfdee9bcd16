/** Inputs and outputs of the QA checks. Plain data: the server builds segments, the checks only read them. */
import type { QaSeverity, SegmentStatus, TermHit, TermStatus } from '../../shared/model';
import type { NameIndex } from './misspelling';

/** One English term of an entry, with what the checks need to know about it. */
export interface QaEnglish {
  text: string;
  status: TermStatus;
  /** Only for second and later mentions in a document (a surname, an acronym). */
  later?: boolean | undefined;
  /**
   * A short or long form of the same name (short form, acronym, abbreviation, full form) or another wording
   * of the same phrase: using it is not a
   * different rendering, so consistency counts it with the preferred term.
   */
  sameName?: boolean | undefined;
}

/** The glossary entry behind a term hit, with every English term and its status. */
export interface QaTermRef {
  entry: number;
  /** The Persian term as written in the glossary. */
  term: string;
  english: QaEnglish[];
  /** Persian short forms of the entry («خرنین»): a source that uses one does not call for the full English. */
  shortFa?: readonly string[] | undefined;
}

export type QaHit = TermHit & { ref: QaTermRef };

/** A context rendering found in a source: a Persian phrase and the English that renders it whole. */
export interface QaContextHit {
  start: number;
  end: number;
  /** Persian phrase as written in the glossary. */
  fa: string;
  /** Its accepted English renderings. */
  en: readonly string[];
}

export interface QaSegment {
  documentId: number;
  document: string;
  index: number;
  source: string;
  target: string;
  status: SegmentStatus;
  hits: QaHit[];
  /** Context renderings found in the source (absent: none). */
  contexts?: readonly QaContextHit[] | undefined;
}

/** What some checks need beyond the segments: built once per glossary version. */
export interface QaContext {
  /** Glossary names for the misspelling check (absent: the check finds nothing). */
  names?: NameIndex | undefined;
}

/** Where the offending text sits, so the editor can highlight it (UTF-16 offsets, end exclusive). */
export interface QaRange {
  field: 'source' | 'target';
  start: number;
  end: number;
}

export interface QaFinding {
  check: string;
  severity: QaSeverity;
  /** i18n key, e.g. "qa.termMissing". */
  message: string;
  params: Record<string, string | number>;
  /** The offending text (a target excerpt, or the source excerpt for what is missing from the target). */
  text: string;
  segment: number;
  documentId: number;
  document: string;
  /** Added to the brief's shape: optional so consumers that ignore it keep working. */
  range?: QaRange;
}

export interface SegmentCheck {
  id: string;
  severity: QaSeverity;
  run(seg: QaSegment, ctx?: QaContext): QaFinding[];
}

export interface CorpusCheck {
  id: string;
  severity: QaSeverity;
  /** `all`: every segment, translated or not, sorted by document and index. */
  run(all: readonly QaSegment[]): QaFinding[];
}
