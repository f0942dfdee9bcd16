/** Data handed to the bilingual writers and returned by the readers. Plain data only. */
import type { ImportSkipped, Segment, SegmentStatus, TermHit } from '../../../shared/model';

/** A stored segment, plus its glossary hits in `source` (offsets as written; carried by XLIFF 2 only). */
export interface BilingualSegment extends Segment {
  hits?: TermHit[];
  /** Open comments of the segment («author: text»), written as XLIFF notes. */
  notes?: readonly string[];
}

export interface BilingualDoc {
  id: number;
  name: string;
  /** Iterated once, lazily, so a caller can stream segments straight from the database. */
  segments: Iterable<BilingualSegment>;
}

export interface ExportOptions {
  tool: string;
  toolVersion: string;
  createdAt: Date;
  srcLang: 'fa-IR';
  tgtLang: 'en';
}

export type DelimitedKind = 'tsv' | 'csv';

export interface XliffSegmentData {
  id: string;
  /** Plain text; inline codes flattened with their text kept. */
  source: string;
  target: string;
  /** Mapped to Barabar's workflow: an empty target is always "new". */
  state: SegmentStatus;
  /** The state exactly as written in the file ("needs-review-translation", "initial"…), if any. */
  xliffState?: string;
}

export interface XliffUnitData {
  /** XLIFF 2: unit id; XLIFF 1.2: group id (or trans-unit id when the trans-unit is outside any group). */
  id: string;
  segments: XliffSegmentData[];
}

export interface XliffFileData {
  /** XLIFF 2: `<file id>` ("d<documentId>" for Barabar exports); XLIFF 1.2: `original` (1.2 files have no id). */
  id: string;
  original?: string;
  units: XliffUnitData[];
}

export interface XliffData {
  /** As written in the file: "2.0", "2.1", "1.2". */
  version: string;
  srcLang: string;
  /** "" when the file does not say. */
  trgLang: string;
  files: XliffFileData[];
  /**
   * Segments left out because their target is not a translation (a copy of the source, Arabic script):
   * other tools fill untranslated targets that way. Empty targets are not counted: they stay "new".
   */
  skipped: ImportSkipped;
}

export interface TmxUnitData {
  source: string;
  target: string;
  /** `prop` elements of the tu by type (x-document, x-segment, x-paragraph, x-status…); last one wins. */
  props: Record<string, string>;
  /** ISO 8601 UTC, converted from the TMX form YYYYMMDDThhmmssZ. */
  creationDate?: string;
  /** The tu's changeid, else its creationid. */
  author?: string;
}

export interface TmxData {
  srcLang: string;
  /** Only the units worth importing: a Persian source and an English translation of it. */
  units: TmxUnitData[];
  /** The others, counted by reason. */
  skipped: ImportSkipped;
}
