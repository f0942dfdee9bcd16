/** Translation-memory results as they cross the doors (plain data). */

/** Analysis bands, best first (core/tm/bands.ts decides which one a segment falls in). */
export const TM_BANDS = ['repetition', '100', '95-99', '85-94', '75-84', '50-74', 'none'] as const;
export type Band = (typeof TM_BANDS)[number];

export type AdaptReason = 'numbers' | 'terms';

/** `match`: only in the match's source; `current`: only in the current source. */
export type DiffKind = 'equal' | 'match' | 'current';
export interface DiffPart {
  kind: DiffKind;
  text: string;
}

export interface TmMemoryInfo {
  name: string;
  kind: 'project' | 'reference';
  units: number;
  /** The imported file's name (reference memories). */
  file?: string;
  createdAt: string;
}

export interface TmMatch {
  /** 0–100, word-level edit similarity over match keys. */
  score: number;
  source: string;
  /** The target to insert: adapted to the current source when `adapted`. */
  target: string;
  /** Memory name: "project" or a reference memory's name. */
  origin: string;
  adapted: boolean;
  /** What was adapted ("numbers", "terms"). */
  reasons: AdaptReason[];
  /** The target as stored (differs from `target` when adapted). */
  storedTarget: string;
  /** The current source against the match's, word by word. */
  diff: DiffPart[];
  unitId: number;
  /** Project memory: the document and segment the unit comes from. */
  document?: string;
  segment?: number;
  author: string;
  changedAt: string;
}

/** The fuzzy index of the memory: built once per session, in the background (`tm.status` starts it). */
export interface TmIndexStatus {
  /** Fuzzy matches are available (until then a quick lookup gives exact matches only). */
  ready: boolean;
  /** Units read so far, of `total`. */
  done: number;
  total: number;
}

export interface TmConcordanceHit {
  unitId: number;
  origin: string;
  source: string;
  target: string;
  /** Ranges of the query in `source` (side "source") or `target` (side "target"). */
  ranges: { start: number; end: number }[];
}

export interface TmImportReport {
  name: string;
  units: number;
  /** Units without an English variant (or with an empty one), and repeats of a unit already read. */
  skipped: number;
}

export interface TmBandRow {
  band: Band;
  segments: number;
  words: number;
}

export interface TmAnalysis {
  documents: { id: number; name: string; bands: TmBandRow[] }[];
  total: TmBandRow[];
}

export interface TmPretranslateReport {
  /** Filled segments and words per band of the match used. */
  bands: TmBandRow[];
  filled: number;
  confirmed: number;
}

export interface TmPropagation {
  /** Undo token: `tm.undoPropagation` with this batch restores every segment of it. */
  batch: number | null;
  segments: { documentId: number; index: number }[];
}
