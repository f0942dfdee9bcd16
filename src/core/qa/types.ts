/** Inputs and outputs of the QA checks. Plain data: the server builds segments, the checks only read them. */
import type { QaSeverity, SegmentStatus, TermHit, TermStatus } from '../../shared/model';

/** The glossary entry behind a term hit, with every English term and its status. */
export interface QaTermRef {
  entry: number;
  /** The Persian term as written in the glossary. */
  term: string;
  english: { text: string; status: TermStatus }[];
}

export type QaHit = TermHit & { ref: QaTermRef };

export interface QaSegment {
  documentId: number;
  document: string;
  index: number;
  source: string;
  target: string;
  status: SegmentStatus;
  hits: QaHit[];
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
  run(seg: QaSegment): QaFinding[];
}

export interface CorpusCheck {
  id: string;
  severity: QaSeverity;
  run(all: readonly QaSegment[]): QaFinding[];
}
